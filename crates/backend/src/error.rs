use serde::Serialize;
use ts_rs::TS;

/// What the UI can do about an error. Add a code only when the UI acts on it
/// differently; the UI translates each code into the parent's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCode {
    /// Something the parent entered is not valid; the message says what.
    InvalidInput,
    /// The agency could not be reached; try again later.
    AgencyUnreachable,
    /// The agency answered with an error.
    AgencyError,
    /// The parent must sign in (again) first.
    NotSignedIn,
    /// The parent closed or cancelled the agency's sign-in page, or it
    /// timed out.
    SignInCancelled,
    /// The app's saved copy of the agency's data is damaged or cannot be
    /// unlocked; the way out is `reset_store` and a fresh sync.
    StoreDamaged,
    /// The app could not read or write its own files.
    Storage,
    /// A fault in the app itself.
    Internal,
}

/// An error as it crosses IPC: a stable code the UI can act on and translate,
/// and an English message for when it has no translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
#[ts(export)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    /// For `invalid_input`: the path of the field at fault, as the input
    /// names it (`parents.a.monthly_income`), so the form can mark it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
    /// For `invalid_input`: the library's stable reason (`negative_amount`),
    /// which the UI translates.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reason: Option<String>,
}

impl IpcError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
            reason: None,
        }
    }
}

impl From<guidelines::CaseError> for IpcError {
    fn from(e: guidelines::CaseError) -> Self {
        Self {
            code: ErrorCode::InvalidInput,
            message: e.to_string(),
            field: e.field().map(str::to_owned),
            reason: Some(e.code().to_owned()),
        }
    }
}
