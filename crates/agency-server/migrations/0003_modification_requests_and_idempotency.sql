-- Requests to review an order, and the answers given to POSTs with an
-- Idempotency-Key. Portable like 0001 and 0002.

CREATE TABLE modification_requests (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    participant_id TEXT NOT NULL REFERENCES participants (id),
    reason TEXT NOT NULL,
    details TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('received', 'under_review', 'granted', 'denied', 'withdrawn')),
    submitted_on TEXT NOT NULL,
    created_at TEXT NOT NULL -- RFC 3339 timestamp, for ordering
);

CREATE INDEX modification_requests_by_case ON modification_requests (case_id, participant_id);

-- One row per (participant, key): the request's digest and the first answer.
-- The row is written in the same transaction as what the request created,
-- so either both exist or neither does.
CREATE TABLE idempotency_keys (
    participant_id TEXT NOT NULL REFERENCES participants (id),
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status BIGINT NOT NULL,
    body TEXT NOT NULL,
    location TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (participant_id, idempotency_key)
);
