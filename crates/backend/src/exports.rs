//! Files the parent saves from the app: the payment history as CSV, the
//! statement as PDF. The UI words and formats them in the parent's language;
//! here they are written where the parent chose, whole or not at all.

use crate::{AppMode, Backend, ErrorCode, IpcError};
use std::io::Write;
use std::path::Path;

impl Backend {
    /// Renders `document` as a PDF and writes it to `path`.
    pub fn save_pdf(&self, path: &Path, document: &printable::Document) -> Result<(), IpcError> {
        self.write_export(path, &printable::render(document))
    }

    /// Writes `text` (UTF-8, as the UI made it: a CSV) to `path`.
    pub fn save_text(&self, path: &Path, text: &str) -> Result<(), IpcError> {
        self.write_export(path, text.as_bytes())
    }

    /// Writes to a new file beside `path`, synced, then renamed over it: a
    /// crash or a full disk leaves the old file or none, never half of one.
    fn write_export(&self, path: &Path, bytes: &[u8]) -> Result<(), IpcError> {
        if self.inner.config.mode == AppMode::Kiosk {
            // Nothing of a visitor may stay on an office's computer.
            return Err(IpcError::new(
                ErrorCode::InvalidInput,
                "Files cannot be saved on this computer.",
            ));
        }
        let failed = |e: std::io::Error| {
            tracing::warn!(error = %e, "an export could not be written");
            IpcError::new(
                ErrorCode::Storage,
                format!(
                    "The file could not be saved there ({e}). Choose another place and try again."
                ),
            )
        };
        let name = path
            .file_name()
            .ok_or_else(|| failed(std::io::Error::other("no file name")))?;
        let mut partial = name.to_owned();
        partial.push(".partial");
        let temp = path.with_file_name(partial);
        let write = || -> std::io::Result<()> {
            let mut file = std::fs::File::create(&temp)?;
            file.write_all(bytes)?;
            file.sync_all()?;
            std::fs::rename(&temp, path)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&temp);
            failed(e)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::{AppMode, Backend, BackendConfig, ErrorCode, MemorySecrets};
    use std::sync::Arc;

    fn backend(mode: AppMode) -> Backend {
        Backend::new(
            BackendConfig::resolve(None, None, mode).unwrap(),
            Arc::new(MemorySecrets::new()),
        )
        .unwrap()
    }

    #[test]
    fn a_csv_is_written_whole_and_replaces_what_was_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("payments.csv");
        std::fs::write(&path, "old").unwrap();
        backend(AppMode::Home)
            .save_text(&path, "date,amount\n2026-11-01,450.00\n")
            .unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "date,amount\n2026-11-01,450.00\n"
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no partial file left"
        );
    }

    #[test]
    fn a_folder_that_cannot_be_written_says_so_and_a_kiosk_saves_nothing() {
        let err = backend(AppMode::Home)
            .save_text(std::path::Path::new("/nonexistent/dir/payments.csv"), "x")
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::Storage);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("statement.pdf");
        let err = backend(AppMode::Kiosk).save_text(&path, "x").unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        assert!(!path.exists());
    }
}
