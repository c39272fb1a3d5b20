//! How to pay: the agency's payment options for a case, with the amount
//! due next and the case number to quote, cached with the rest of the
//! case's data so that the parent can read them offline.
//!
//! The online payment site is opened in the system browser by the shell,
//! and only ever the `https` address the agency gave: the UI names the
//! case, never a URL. A kiosk shows the options as instructions only.

use crate::store::store_error;
use crate::{AppMode, Backend, ErrorCode, IpcError};
use agency_api::HowToPay;
use chrono::SecondsFormat;
use serde::Serialize;
use ts_rs::TS;
use url::Url;

pub(crate) fn how_to_pay_key(case_id: &str) -> String {
    format!("how-to-pay/{case_id}")
}

/// How to pay on one case, as of the last sync.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CaseHowToPay {
    /// Null until a sync has fetched it.
    pub how_to_pay: Option<HowToPay>,
    /// When it was fetched (RFC 3339), or null if never.
    pub as_of: Option<String>,
}

/// The agency's payment site as an address the app may open: `https` only,
/// with a host, and nothing but what the agency said.
pub fn payment_site_url(how_to_pay: &HowToPay) -> Result<Url, IpcError> {
    let refused = |why: &str| IpcError {
        reason: Some("no_payment_site".to_owned()),
        ..IpcError::new(ErrorCode::InvalidInput, why)
    };
    let online = how_to_pay
        .options
        .online
        .as_ref()
        .ok_or_else(|| refused("The agency does not take payments online."))?;
    let url = Url::parse(&online.url)
        .map_err(|_| refused("The agency's payment site address is not valid."))?;
    if url.scheme() != "https" || url.host_str().is_none_or(str::is_empty) {
        return Err(refused(
            "The agency's payment site is not a secure (https) address.",
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(refused("The agency's payment site address is not valid."));
    }
    Ok(url)
}

impl Backend {
    /// How to pay on a case, from the app's copy (synced with the cases).
    pub async fn how_to_pay(&self, case_id: &str) -> Result<CaseHowToPay, IpcError> {
        let store = self.inner.local.get().await?;
        let cached = store
            .cached(&how_to_pay_key(case_id))
            .await
            .map_err(store_error)?;
        Ok(match cached {
            Some(c) => CaseHowToPay {
                how_to_pay: serde_json::from_value(c.value).ok(),
                as_of: Some(c.fetched_at.to_rfc3339_opts(SecondsFormat::Secs, true)),
            },
            None => CaseHowToPay {
                how_to_pay: None,
                as_of: None,
            },
        })
    }

    /// The agency's online payment site for a case, for the shell to open
    /// in the system browser. Refused on a kiosk (the options are shown as
    /// instructions there), and for anything but an `https` address.
    pub async fn payment_site(&self, case_id: &str) -> Result<Url, IpcError> {
        if self.inner.config.mode == AppMode::Kiosk {
            return Err(IpcError {
                reason: Some("kiosk".to_owned()),
                ..IpcError::new(
                    ErrorCode::InvalidInput,
                    "Websites cannot be opened on this computer.",
                )
            });
        }
        let held = self.how_to_pay(case_id).await?;
        let how_to_pay = held.how_to_pay.ok_or_else(|| IpcError {
            field: Some("case_id".to_owned()),
            reason: Some("unknown_case".to_owned()),
            ..IpcError::new(
                ErrorCode::InvalidInput,
                "How to pay on this case has not been downloaded yet.",
            )
        })?;
        payment_site_url(&how_to_pay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use agency_api::{PayOnline, PaymentOptions};
    use rust_decimal::Decimal;

    fn with_site(url: Option<&str>) -> HowToPay {
        HowToPay {
            case_number: "C-1001".to_owned(),
            caller_pays: true,
            next_due: None,
            arrears: Decimal::ZERO,
            options: PaymentOptions {
                mail: None,
                online: url.map(|url| PayOnline {
                    name: "ePay".to_owned(),
                    url: url.to_owned(),
                }),
                text: None,
                cash: Vec::new(),
            },
        }
    }

    #[test]
    fn only_an_https_site_of_the_agency_is_opened() {
        assert_eq!(
            payment_site_url(&with_site(Some("https://pay.example.org/cs")))
                .unwrap()
                .as_str(),
            "https://pay.example.org/cs"
        );
        for bad in [
            "http://pay.example.org/",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://user:pw@pay.example.org/",
            "not a url",
            "data:text/html,hi",
        ] {
            let err = payment_site_url(&with_site(Some(bad))).unwrap_err();
            assert_eq!(err.reason.as_deref(), Some("no_payment_site"), "{bad}");
        }
        assert!(payment_site_url(&with_site(None)).is_err());
    }
}
