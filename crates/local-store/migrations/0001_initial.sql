-- The local store. Columns holding personal data are BLOBs: a 24-byte
-- XChaCha20-Poly1305 nonce followed by the ciphertext (see src/crypto.rs).
-- Timestamps are microseconds since the Unix epoch, UTC.

-- Store-wide facts. Holds the key canary: a known text sealed under the
-- store's key, checked on every open.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
) STRICT;

-- Agency data last fetched, one JSON value per key ("cases", "payments/C-1001").
CREATE TABLE cache (
    key        TEXT PRIMARY KEY NOT NULL,
    value      BLOB NOT NULL,               -- encrypted JSON
    etag       TEXT,
    fetched_at INTEGER NOT NULL
) STRICT;

-- Forms in progress, one JSON value per name.
CREATE TABLE drafts (
    name       TEXT PRIMARY KEY NOT NULL,
    value      BLOB NOT NULL,               -- encrypted JSON
    updated_at INTEGER NOT NULL
) STRICT;

-- Submissions written durably before they are sent. `seq` orders items by
-- enqueueing; `id` is what the app and the agency see.
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    case_id         BLOB,                   -- encrypted UTF-8
    payload         BLOB NOT NULL,          -- encrypted JSON
    idempotency_key TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      BLOB,                   -- encrypted JSON
    next_attempt_at INTEGER,
    created_at      INTEGER NOT NULL,
    delivered_at    INTEGER,
    receipt         BLOB,                   -- encrypted JSON
    -- A queued item is always due at some time.
    CHECK (state <> 'queued' OR next_attempt_at IS NOT NULL)
) STRICT;

CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
