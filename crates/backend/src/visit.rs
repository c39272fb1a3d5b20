//! The end of a visit on a kiosk: nothing of one visitor is left for the
//! next.
//!
//! What the visitor submitted goes first: the visit waits (the UI shows the
//! wait) until the outbox has delivered it, for at most the time given. What
//! could still not be sent then (the agency unreachable, an upload the
//! visitor paused) is **not kept**: a kiosk keeps no visitor's data, and
//! without the visitor's session nothing could send it later anyway. The
//! answer says how many were dropped, so that the visitor is told before
//! the screen resets. Then the session is revoked at the agency and
//! forgotten, the store (in memory) is replaced by an empty one, the
//! uploads folder is deleted with every copy in it, and the settings go
//! back to the defaults. The shell then clears the web view's data.

use crate::{AppMode, Backend, BackendEvent, ErrorCode, IpcError, SessionState, Settings};
use local_store::RecordState;
use serde::Serialize;
use std::time::{Duration, Instant};
use ts_rs::TS;

/// How a visit ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct VisitEnded {
    /// Submissions that could not be sent in time and were dropped.
    pub unsent: u32,
}

impl Backend {
    /// Ends a kiosk visit (see the module's documentation). `wait` bounds
    /// the wait for what the visitor submitted to be delivered.
    pub async fn end_visit(&self, wait: Duration) -> Result<VisitEnded, IpcError> {
        if self.inner.config.mode != AppMode::Kiosk {
            return Err(IpcError::new(
                ErrorCode::InvalidInput,
                "Only a kiosk ends visits.",
            ));
        }
        let deadline = Instant::now() + wait;
        self.inner.outbox_wake.notify_one();
        while self
            .count(&[RecordState::Queued, RecordState::Sending])
            .await
            > 0
            && Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let unsent = self
            .count(&[
                RecordState::Queued,
                RecordState::Sending,
                RecordState::Paused,
                RecordState::Failed,
            ])
            .await;
        if unsent > 0 {
            tracing::warn!(
                unsent,
                "a visit ended with submissions not sent; they are not kept"
            );
        }
        if let Err(e) = self.inner.session.sign_out().await {
            tracing::warn!(error = %e, "the visitor's session could not be forgotten cleanly");
        }
        self.inner.local.reset(&self.inner.secrets).await?;
        if let Err(e) = self.inner.upload_dir.remove() {
            tracing::warn!(error = %e, "the visit's uploads folder could not be deleted");
        }
        self.inner.settings.update(|s| *s = Settings::default())?;
        self.inner.sync.reset();
        self.emit(BackendEvent::Session(SessionState::SignedOut));
        self.emit(BackendEvent::Sync(self.inner.sync.status(None)));
        self.emit_outbox().await;
        tracing::info!("visit ended");
        Ok(VisitEnded { unsent })
    }

    /// How many outbox items are in one of `states`.
    async fn count(&self, states: &[RecordState]) -> u32 {
        let Ok(store) = self.inner.local.get().await else {
            return 0;
        };
        let Ok(items) = store.outbox().await else {
            return 0;
        };
        let n = items.iter().filter(|r| states.contains(&r.state)).count();
        u32::try_from(n).unwrap_or(u32::MAX)
    }
}
