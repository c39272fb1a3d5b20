//! Where the cleaned copies of chosen files wait to be sent.
//!
//! At home that is the app's data folder, which outlives a restart with the
//! outbox that sends from it. Elsewhere (a kiosk, or a backend without a
//! data folder) it is a private temporary folder of this backend's own,
//! which holds the copies of a visitor's documents: nothing of it may
//! outlive the app. A clean exit deletes it ([`UploadDir::release`]); a
//! crash cannot, so each temporary folder has a *claim*, a file beside it
//! (`<folder>.lock`) created and locked before the folder is made and held
//! for as long as the backend lives. The next start deletes every folder
//! whose claim no running app holds ([`UploadDir::sweep_abandoned`]).

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime};

/// How temporary uploads folders are named: `csss-uploads-<pid>-<random>`.
const PREFIX: &str = "csss-uploads-";
const CLAIM_SUFFIX: &str = ".lock";
/// A claim without its folder is only deleted once it is this old: a
/// starting app makes its claim a moment before its folder.
const ORPHAN_CLAIM_AGE: Duration = Duration::from_secs(60 * 60);

pub(crate) struct UploadDir {
    path: PathBuf,
    /// `Some` for a temporary folder: its claim, once the folder was made.
    claim: Option<Mutex<Option<File>>>,
}

impl UploadDir {
    pub(crate) fn for_config(config: &crate::BackendConfig) -> Self {
        match &config.data_dir {
            Some(dir) if config.mode == crate::AppMode::Home => Self {
                path: dir.join("uploads"),
                claim: None,
            },
            // A name no one can guess, that no other backend in the process
            // shares: one backend's end of visit must never sweep away
            // another one's copies.
            _ => Self {
                path: std::env::temp_dir().join(format!(
                    "{PREFIX}{}-{}",
                    std::process::id(),
                    crate::uploads::random_name()
                )),
                claim: Some(Mutex::new(None)),
            },
        }
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// A private temporary folder (a kiosk's), not the app's data folder.
    pub(crate) fn is_temporary(&self) -> bool {
        self.claim.is_some()
    }

    /// Makes the folder (only its owner may read it), claiming it first if
    /// it is temporary.
    pub(crate) fn create(&self) -> io::Result<()> {
        if let Some(claim) = &self.claim {
            let mut held = claim.lock().unwrap_or_else(PoisonError::into_inner);
            if held.is_none() {
                *held = Some(make_claim(&self.path)?);
            }
        }
        std::fs::create_dir_all(&self.path)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&self.path, std::fs::Permissions::from_mode(0o700))?;
        }
        Ok(())
    }

    /// Deletes the folder and everything in it (the end of a kiosk visit).
    /// The claim stays held: the next visitor's files come here again.
    pub(crate) fn remove(&self) -> io::Result<()> {
        match std::fs::remove_dir_all(&self.path) {
            Err(e) if e.kind() != ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// At exit: a temporary folder is deleted, then its claim. A folder at
    /// home stays, with the outbox items that send from it.
    pub(crate) fn release(&self) {
        let Some(claim) = &self.claim else {
            return;
        };
        let held = claim.lock().unwrap_or_else(PoisonError::into_inner).take();
        if let Err(e) = self.remove() {
            tracing::warn!(error = %e, "the uploads folder could not be deleted at exit");
            return;
        }
        if let Some(file) = held {
            drop(file);
            remove_claim(&claim_path(&self.path));
        }
    }

    /// Deletes the temporary uploads folders that crashed apps left behind,
    /// with the copies of their last visitor's files: those whose claim no
    /// running app holds. Returns how many. Nothing to do for a folder at
    /// home.
    pub(crate) fn sweep_abandoned(&self) -> usize {
        if !self.is_temporary() {
            return 0;
        }
        let Some(parent) = self.path.parent() else {
            return 0;
        };
        let Ok(entries) = std::fs::read_dir(parent) else {
            return 0;
        };
        let mut swept = 0;
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let Some(name) = name.to_str().filter(|n| n.starts_with(PREFIX)) else {
                continue;
            };
            if path == self.path {
                continue;
            }
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if sweep_folder(&path) {
                    swept += 1;
                }
            } else if kind.is_file()
                && let Some(folder) = name.strip_suffix(CLAIM_SUFFIX)
                && !parent.join(folder).exists()
            {
                sweep_orphan_claim(&path);
            }
        }
        swept
    }
}

/// The last handle on a backend gone (its runtime shut down, say) is an
/// exit too.
impl Drop for UploadDir {
    fn drop(&mut self) {
        self.release();
    }
}

fn claim_path(folder: &Path) -> PathBuf {
    let mut name = folder.as_os_str().to_owned();
    name.push(CLAIM_SUFFIX);
    PathBuf::from(name)
}

fn make_claim(folder: &Path) -> io::Result<File> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(claim_path(folder))?;
    file.try_lock().map_err(io::Error::from)?;
    Ok(file)
}

/// `Some(lock)` when no running app holds `claim`; the lock is held until
/// it is dropped.
fn take_over(claim: &Path) -> io::Result<Option<File>> {
    let file = OpenOptions::new().write(true).open(claim)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(e)) => Err(e),
    }
}

/// Deletes `folder` if it is abandoned; true when it was.
fn sweep_folder(folder: &Path) -> bool {
    let claim = claim_path(folder);
    // An app claims its folder before it makes it: a folder without a
    // claim has no owner.
    let lock = match take_over(&claim) {
        Ok(Some(lock)) => Some(lock),
        Ok(None) => return false,
        Err(e) if e.kind() == ErrorKind::NotFound => None,
        Err(e) => {
            tracing::warn!(error = %e, "a temporary uploads folder's claim could not be checked");
            return false;
        }
    };
    if let Err(e) = std::fs::remove_dir_all(folder) {
        tracing::warn!(error = %e, "an abandoned uploads folder could not be deleted");
        return false;
    }
    if lock.is_some() {
        remove_claim(&claim);
    }
    tracing::info!("an uploads folder left by an app that did not exit cleanly was deleted");
    true
}

fn sweep_orphan_claim(claim: &Path) {
    let old = std::fs::metadata(claim)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|at| SystemTime::now().duration_since(at).ok())
        .is_some_and(|age| age >= ORPHAN_CLAIM_AGE);
    if old && matches!(take_over(claim), Ok(Some(_))) {
        remove_claim(claim);
    }
}

fn remove_claim(claim: &Path) {
    if let Err(e) = std::fs::remove_file(claim)
        && e.kind() != ErrorKind::NotFound
    {
        tracing::warn!(error = %e, "a temporary uploads folder's claim could not be deleted");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temporary(parent: &Path, name: &str) -> UploadDir {
        UploadDir {
            path: parent.join(format!("{PREFIX}{name}")),
            claim: Some(Mutex::new(None)),
        }
    }

    fn with_copy(dir: &UploadDir) {
        dir.create().unwrap();
        std::fs::write(dir.path().join("copy.pdf"), b"a visitor's document").unwrap();
    }

    #[test]
    fn a_start_deletes_what_a_crashed_app_left_and_nothing_a_running_one_holds() {
        let parent = tempfile::tempdir().unwrap();
        let crashed = temporary(parent.path(), "1-crashed");
        with_copy(&crashed);
        // A crash: the claim's lock goes with the process, the files stay.
        drop(crashed.claim.as_ref().unwrap().lock().unwrap().take());
        let running = temporary(parent.path(), "2-running");
        with_copy(&running);
        let unclaimed = parent.path().join(format!("{PREFIX}3-unclaimed"));
        std::fs::create_dir(&unclaimed).unwrap();
        let unrelated = parent.path().join("someone-elses");
        std::fs::create_dir(&unrelated).unwrap();

        let starting = temporary(parent.path(), "4-starting");
        assert_eq!(starting.sweep_abandoned(), 2);

        assert!(
            !crashed.path().exists(),
            "the crashed app's copies are gone"
        );
        assert!(!claim_path(crashed.path()).exists(), "so is its claim");
        assert!(!unclaimed.exists());
        assert!(running.path().join("copy.pdf").exists());
        assert!(claim_path(running.path()).exists());
        assert!(unrelated.exists());
    }

    #[test]
    fn an_exit_deletes_the_folder_and_its_claim_and_an_end_of_visit_keeps_the_claim() {
        let parent = tempfile::tempdir().unwrap();
        let dir = temporary(parent.path(), "1-visit");
        with_copy(&dir);
        dir.remove().unwrap();
        assert!(!dir.path().exists());
        assert!(claim_path(dir.path()).exists(), "still this app's");
        assert_eq!(temporary(parent.path(), "2-other").sweep_abandoned(), 0);
        assert!(claim_path(dir.path()).exists(), "a held claim is not swept");

        with_copy(&dir);
        dir.release();
        assert!(!dir.path().exists());
        assert!(!claim_path(dir.path()).exists());
    }

    #[test]
    fn a_folder_at_home_is_kept_at_exit() {
        let parent = tempfile::tempdir().unwrap();
        let config = crate::BackendConfig::resolve(None, None, crate::AppMode::Home)
            .unwrap()
            .with_data_dir(parent.path());
        let dir = UploadDir::for_config(&config);
        with_copy(&dir);
        dir.release();
        assert!(dir.path().join("copy.pdf").exists());
        assert_eq!(dir.sweep_abandoned(), 0);
    }
}
