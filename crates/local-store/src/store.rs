//! Opening, checking, wiping, closing and setting aside a store.

use sqlx::migrate::Migrator;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePool, SqlitePoolOptions,
    SqliteSynchronous,
};
use sqlx::{ConnectOptions as _, Connection as _};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr as _;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use crate::crypto::{Cipher, Place, Unsealed};
use crate::error::Kind;
use crate::{OpenError, StoreError, StoreKey};

static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

/// The canary's plaintext, sealed under the store's key in `meta`.
const CANARY: &[u8] = b"local-store key canary v1";

/// How long a statement waits for another connection's (or process's) lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Where a store lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A file (created with its directory if missing), plus SQLite's `-wal`
    /// and `-shm` files next to it while open.
    File(PathBuf),
    /// In memory only, gone on [`Store::close`]: for kiosks, nothing on disk.
    /// Each open is a new, empty store.
    Memory,
}

/// An open store. Cheap to clone; clones share the connection pool.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    pool: SqlitePool,
    cipher: Cipher,
    /// For [`Location::Memory`]: a connection that is never used, held so
    /// the in-memory database outlives the pool's connections coming and going.
    keeper: Mutex<Option<SqliteConnection>>,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

impl Store {
    /// Opens the store at `location`, creating it if missing, and checks it.
    ///
    /// Runs the migrations; sets WAL, `synchronous = FULL` (a committed write
    /// is on disk), foreign keys, a busy timeout, `secure_delete` and
    /// in-memory temporary tables. Then checks that `PRAGMA quick_check`
    /// reports `ok` and that the key canary in `meta` (written on first open)
    /// decrypts under `key`.
    ///
    /// # Errors
    ///
    /// [`OpenError::Damaged`] if the file is not a database, fails the
    /// integrity check or cannot be migrated; [`OpenError::WrongKey`] if the
    /// key is not this store's; [`OpenError::Io`] if the file or its
    /// directory cannot be used.
    pub async fn open(location: &Location, key: &StoreKey) -> Result<Store, OpenError> {
        let environment = |e| OpenError::from_sqlx(e, Kind::Environment);
        let options = match location {
            Location::File(path) => {
                prepare_file(path).await?;
                SqliteConnectOptions::new()
                    .filename(path)
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
            }
            // A fresh, uniquely named shared-cache in-memory database.
            Location::Memory => {
                SqliteConnectOptions::from_str("sqlite::memory:").map_err(environment)?
            }
        }
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(BUSY_TIMEOUT)
        // Deleted content is overwritten, not left in free pages.
        .pragma("secure_delete", "ON")
        .pragma("temp_store", "MEMORY");

        let (keeper, max_connections) = match location {
            Location::File(_) => (None, 4),
            // One connection: shared-cache table locks do not wait on the busy
            // timeout, so in memory connections take turns instead.
            Location::Memory => (Some(options.connect().await.map_err(environment)?), 1),
        };
        let pool = SqlitePoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(environment)?;

        let cipher = Cipher::new(key);
        if let Err(e) = check(&pool, &cipher).await {
            // Release the file so that it can be set aside.
            pool.close().await;
            if let Some(keeper) = keeper {
                keeper.close().await.ok();
            }
            tracing::warn!(error = %e, "the local store did not open");
            return Err(e);
        }
        tracing::debug!("local store open");
        Ok(Store {
            inner: Arc::new(Inner {
                pool,
                cipher,
                keeper: Mutex::new(keeper),
            }),
        })
    }

    /// The way out of a damaged store: renames the file at `path` to
    /// `<name>.damaged-<UTC yyyymmddThhmmss>` (with `-2`, `-3`… appended if
    /// that exists) and its `-wal` and `-shm` files to the same new name plus
    /// `-wal` and `-shm`, so SQLite still finds them if someone opens the
    /// set-aside file. Returns the new path of the main file. Never deletes
    /// anything; the next [`Store::open`] of `path` starts empty.
    ///
    /// Close the store first (on Windows an open file cannot be renamed).
    ///
    /// # Errors
    ///
    /// `NotFound` if there is no file at `path`; any error renaming.
    pub async fn set_aside(path: &Path) -> std::io::Result<PathBuf> {
        if !tokio::fs::try_exists(path).await? {
            return Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "no store file to set aside",
            ));
        }
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S").to_string();
        let mut target = with_suffix(path, &format!(".damaged-{stamp}"));
        let mut n = 1;
        while exists_any(&target).await? {
            n += 1;
            target = with_suffix(path, &format!(".damaged-{stamp}-{n}"));
        }
        // The -wal first: a stale -wal left beside a new, empty store would
        // be replayed into it. Either may be missing, or vanish as we look:
        // the last connection to close deletes both, and a store just
        // closed may still be closing its last connection on SQLite's
        // thread (a check, then a rename, failed so in CI).
        for side in ["-wal", "-shm"] {
            match tokio::fs::rename(with_suffix(path, side), with_suffix(&target, side)).await {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        tokio::fs::rename(path, &target).await?;
        tracing::warn!(to = %target.display(), "local store set aside");
        Ok(target)
    }

    /// Deletes every cached value, draft and outbox item (sign-out on a
    /// kiosk, "start over"), then `VACUUM`s and truncates the WAL so the old
    /// ciphertext is not left in the file. The key canary (and the migration
    /// history) stay: the store remains this key's.
    pub async fn wipe(&self) -> Result<(), StoreError> {
        let mut tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
        for sql in [
            "DELETE FROM cache",
            "DELETE FROM drafts",
            "DELETE FROM outbox",
            "DELETE FROM meta WHERE key <> 'canary'",
        ] {
            sqlx::query(sql).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        sqlx::query("VACUUM").execute(self.pool()).await?;
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(self.pool())
            .await?;
        tracing::info!("local store wiped");
        Ok(())
    }

    /// Checkpoints the WAL into the main file and closes every connection. A
    /// memory store is gone. Operations on this store or its clones
    /// afterwards fail with [`StoreError::Db`].
    pub async fn close(&self) {
        // Connections closing at once may each leave the WAL to the other;
        // empty it now so the main file holds everything.
        if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(self.pool())
            .await
        {
            tracing::debug!(error = %e, "local store: no checkpoint on close");
        }
        self.inner.pool.close().await;
        let keeper = self
            .inner
            .keeper
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(keeper) = keeper {
            keeper.close().await.ok();
        }
    }

    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.inner.pool
    }

    pub(crate) fn cipher(&self) -> &Cipher {
        &self.inner.cipher
    }
}

/// Creates the store's directory, and on Unix a missing file readable by its
/// owner only (SQLite gives its -wal and -shm the same permissions; an empty
/// file is an empty database).
///
/// An existing file is left to SQLite: opening it here and closing it would
/// drop the POSIX locks of any connection of this process that has it open.
async fn prepare_file(path: &Path) -> Result<(), OpenError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        tokio::fs::create_dir_all(dir)
            .await
            .map_err(OpenError::Io)?;
    }
    #[cfg(unix)]
    {
        let created = tokio::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .await;
        match created {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(OpenError::Io(e)),
        }
    }
    Ok(())
}

/// The checks of [`Store::open`], on a fresh pool.
async fn check(pool: &SqlitePool, cipher: &Cipher) -> Result<(), OpenError> {
    let damaged = |e| OpenError::from_sqlx(e, Kind::Damaged);

    let report: Vec<String> = sqlx::query_scalar("PRAGMA quick_check")
        .fetch_all(pool)
        .await
        .map_err(damaged)?;
    if report != ["ok"] {
        return Err(OpenError::Damaged {
            reason: format!(
                "integrity check: {}",
                report
                    .iter()
                    .take(3)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        });
    }

    MIGRATOR.run(pool).await.map_err(OpenError::from_migrate)?;

    let select = "SELECT value FROM meta WHERE key = 'canary'";
    let blob: Vec<u8> = match sqlx::query_scalar(select)
        .fetch_optional(pool)
        .await
        .map_err(damaged)?
    {
        Some(blob) => blob,
        None => {
            // A missing canary beside data means someone removed it: the
            // data may be under another key.
            let has_data: i64 = sqlx::query_scalar(
                "SELECT EXISTS (SELECT 1 FROM outbox) OR EXISTS (SELECT 1 FROM cache) \
                 OR EXISTS (SELECT 1 FROM drafts)",
            )
            .fetch_one(pool)
            .await
            .map_err(damaged)?;
            if has_data != 0 {
                return Err(OpenError::Damaged {
                    reason: "the key canary is missing".into(),
                });
            }
            let sealed = cipher.seal(Place::Canary, CANARY).map_err(|e| match e {
                StoreError::Io(io) => OpenError::Io(io),
                e => OpenError::Io(std::io::Error::other(e)),
            })?;
            // OR IGNORE: another process may be creating the store too.
            sqlx::query("INSERT OR IGNORE INTO meta (key, value) VALUES ('canary', ?)")
                .bind(sealed)
                .execute(pool)
                .await
                .map_err(|e| OpenError::from_sqlx(e, Kind::Environment))?;
            tracing::info!("new local store");
            sqlx::query_scalar(select)
                .fetch_one(pool)
                .await
                .map_err(damaged)?
        }
    };
    match cipher.unseal_raw(Place::Canary, &blob) {
        Ok(plaintext) if plaintext == CANARY => Ok(()),
        Ok(_) => Err(OpenError::Damaged {
            reason: "the key canary has unexpected content".into(),
        }),
        Err(Unsealed::Truncated) => Err(OpenError::Damaged {
            reason: "the key canary is truncated".into(),
        }),
        Err(Unsealed::Rejected) => Err(OpenError::WrongKey),
    }
}

/// `path` with `suffix` appended to its file name.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Whether a store file or either of its companions exists at `path`.
async fn exists_any(path: &Path) -> std::io::Result<bool> {
    for side in ["", "-wal", "-shm"] {
        if tokio::fs::try_exists(with_suffix(path, side)).await? {
            return Ok(true);
        }
    }
    Ok(false)
}
