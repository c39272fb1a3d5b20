-- An upload the parent paused: nothing is sent until they resume it.
-- SQLite cannot change a CHECK in place: the table is rebuilt, rows and
-- sequence numbers kept.
CREATE TABLE outbox_new (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    case_id         BLOB,                   -- encrypted UTF-8
    payload         BLOB NOT NULL,          -- encrypted JSON
    idempotency_key TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL
                    CHECK (state IN ('queued', 'sending', 'paused', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      BLOB,                   -- encrypted JSON
    next_attempt_at INTEGER,
    created_at      INTEGER NOT NULL,
    delivered_at    INTEGER,
    receipt         BLOB,                   -- encrypted JSON
    -- A queued item is always due at some time.
    CHECK (state <> 'queued' OR next_attempt_at IS NOT NULL)
) STRICT;

INSERT INTO outbox_new (seq, id, kind, case_id, payload, idempotency_key, state, attempts,
                        last_error, next_attempt_at, created_at, delivered_at, receipt)
SELECT seq, id, kind, case_id, payload, idempotency_key, state, attempts,
       last_error, next_attempt_at, created_at, delivered_at, receipt
FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
