//! Errors, and how SQLite's failures are sorted into them.

use crate::RecordState;

/// Why [`crate::Store::open`] failed, and so what the app can offer.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// Not a database, fails the integrity check, or a migration cannot apply
    /// (including a store written by a newer version of the app). The way out
    /// is [`crate::Store::set_aside`] and a fresh sync from the agency.
    #[error("the local store is damaged: {reason}")]
    Damaged { reason: String },
    /// The key canary does not decrypt: the key is not this store's (e.g. the
    /// keyring entry was lost and a new key made). Nothing in the store can be
    /// read without the old key; the way out is again
    /// [`crate::Store::set_aside`].
    #[error("the key does not open this local store")]
    WrongKey,
    /// The file or its directory cannot be created, read or written
    /// (permissions, disk full, locked by another process). The store may be
    /// fine: do not set it aside for this.
    #[error("cannot open the local store: {0}")]
    Io(#[source] std::io::Error),
}

/// Why an operation on an open [`crate::Store`] failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A row does not decrypt or parse, or SQLite reports corruption. The way
    /// out is [`crate::Store::set_aside`] (after [`crate::Store::close`]).
    #[error("the local store is damaged: {reason}")]
    Damaged { reason: String },
    /// No outbox item has this id.
    #[error("no outbox item `{id}`")]
    NotFound { id: String },
    /// The item is not in a state this operation applies to.
    #[error("outbox item `{id}` is {from:?}; the operation does not apply")]
    InvalidTransition { id: String, from: RecordState },
    /// [`crate::StoreKey::decode`] was given something that is not a key.
    #[error("not a store key: {reason}")]
    InvalidKey { reason: String },
    /// The operating system failed us (no random source).
    #[error("local store I/O: {0}")]
    Io(#[source] std::io::Error),
    /// Any other database failure (disk full, locked, store closed).
    #[error("local store database error: {0}")]
    Db(#[source] sqlx::Error),
}

/// How a SQLite failure should be reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The file is corrupt or not a database.
    Damaged,
    /// The environment: I/O, permissions, space, locks, memory.
    Environment,
    /// Anything else (a bad statement, a constraint).
    Other,
}

/// Sorts a sqlx error.
pub(crate) fn kind(e: &sqlx::Error) -> Kind {
    match e {
        sqlx::Error::Database(db) => {
            // sqlx-sqlite reports the extended result code; the primary code
            // is its low byte.
            let primary = db
                .code()
                .and_then(|c| c.parse::<i32>().ok())
                .map(|c| c & 0xff);
            match primary {
                // SQLITE_CORRUPT, SQLITE_NOTADB
                Some(11 | 26) => Kind::Damaged,
                // SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM,
                // SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
                Some(3 | 5 | 6 | 7 | 8 | 10 | 13 | 14) => Kind::Environment,
                _ => Kind::Other,
            }
        }
        // A value of the wrong type or shape in a row.
        sqlx::Error::ColumnDecode { .. } | sqlx::Error::Decode(_) => Kind::Damaged,
        sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::WorkerCrashed => {
            Kind::Environment
        }
        _ => Kind::Other,
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match kind(&e) {
            Kind::Damaged => StoreError::Damaged {
                reason: e.to_string(),
            },
            Kind::Environment | Kind::Other => StoreError::Db(e),
        }
    }
}

impl OpenError {
    /// A failure while opening: corruption is damage; the environment is
    /// I/O. `other` says what anything else means at this step.
    pub(crate) fn from_sqlx(e: sqlx::Error, other: Kind) -> OpenError {
        let kind = match kind(&e) {
            Kind::Other => other,
            kind => kind,
        };
        match (kind, e) {
            (Kind::Damaged, e) => OpenError::Damaged {
                reason: e.to_string(),
            },
            (_, sqlx::Error::Io(io)) => OpenError::Io(io),
            (_, e) => OpenError::Io(std::io::Error::other(e)),
        }
    }

    /// A migration that fails to apply means the file is not a store this
    /// version can use, unless the environment is at fault.
    pub(crate) fn from_migrate(e: sqlx::migrate::MigrateError) -> OpenError {
        use sqlx::migrate::MigrateError;
        match e {
            MigrateError::Execute(e) | MigrateError::ExecuteMigration(e, _) => {
                OpenError::from_sqlx(e, Kind::Damaged)
            }
            e => OpenError::Damaged {
                reason: format!("migration: {e}"),
            },
        }
    }
}
