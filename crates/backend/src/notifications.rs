//! Desktop notifications of new payments: off until the parent turns them
//! on, never on a kiosk, and worded so that a glance at a shared screen
//! gives away no amount.

use crate::{AppMode, Backend, IpcError, Language, MessagesArrived, PaymentsPosted, Settings};

/// What the shell shows in a desktop notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub title: String,
    pub body: String,
}

impl Backend {
    /// Turns payment notifications on or off.
    pub fn set_payment_notifications(&self, on: bool) -> Result<Settings, IpcError> {
        self.inner.settings.update(|s| s.payment_notifications = on)
    }

    /// Turns message notifications on or off.
    pub fn set_message_notifications(&self, on: bool) -> Result<Settings, IpcError> {
        self.inner.settings.update(|s| s.message_notifications = on)
    }

    /// The notification to show for new messages, in the parent's language,
    /// if the parent asked for one: only that there is a message, never its
    /// subject, text or sender.
    pub fn message_notification(&self, arrived: &MessagesArrived) -> Option<Notification> {
        let settings = self.settings();
        if self.inner.config.mode == AppMode::Kiosk
            || !settings.message_notifications
            || arrived.count == 0
        {
            return None;
        }
        Some(message_wording(settings.language.unwrap_or(Language::En)))
    }

    /// The notification to show for new payments, in the parent's language,
    /// if the parent asked for one.
    pub fn payment_notification(&self, posted: &PaymentsPosted) -> Option<Notification> {
        let settings = self.settings();
        if self.inner.config.mode == AppMode::Kiosk
            || !settings.payment_notifications
            || posted.count == 0
        {
            return None;
        }
        Some(wording(
            settings.language.unwrap_or(Language::En),
            &posted.case_id,
            posted.count,
        ))
    }
}

/// The words of the notification. No amount, no name: the case number is
/// enough for the parent and tells a passer-by little.
fn wording(language: Language, case_id: &str, count: u32) -> Notification {
    let (title, body) = match (language, count) {
        (Language::En, 1) => (
            "New payment".to_owned(),
            format!("A payment was posted on case {case_id}. Open the app to see it."),
        ),
        (Language::En, n) => (
            "New payments".to_owned(),
            format!("{n} payments were posted on case {case_id}. Open the app to see them."),
        ),
        (Language::Es, 1) => (
            "Nuevo pago".to_owned(),
            format!("Se registró un pago en el caso {case_id}. Abra la aplicación para verlo."),
        ),
        (Language::Es, n) => (
            "Nuevos pagos".to_owned(),
            format!(
                "Se registraron {n} pagos en el caso {case_id}. Abra la aplicación para verlos."
            ),
        ),
    };
    Notification { title, body }
}

/// The words of a message notification: the same whatever the message.
fn message_wording(language: Language) -> Notification {
    let (title, body) = match language {
        Language::En => ("New message", "You have a new message"),
        Language::Es => ("Nuevo mensaje", "Tiene un mensaje nuevo"),
    };
    Notification {
        title: title.to_owned(),
        body: body.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_name_the_case_and_the_count_never_an_amount() {
        assert_eq!(
            wording(Language::En, "C-1001", 1),
            Notification {
                title: "New payment".into(),
                body: "A payment was posted on case C-1001. Open the app to see it.".into(),
            }
        );
        assert_eq!(
            wording(Language::Es, "C-1001", 3).body,
            "Se registraron 3 pagos en el caso C-1001. Abra la aplicación para verlos."
        );
        assert!(!wording(Language::En, "C-1001", 2).body.contains('$'));
    }

    #[test]
    fn a_message_notification_says_only_that_there_is_one() {
        assert_eq!(message_wording(Language::En).body, "You have a new message");
        assert_eq!(message_wording(Language::Es).body, "Tiene un mensaje nuevo");
    }
}
