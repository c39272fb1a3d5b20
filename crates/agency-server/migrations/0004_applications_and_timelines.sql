-- Applications for services (45 CFR 303.2), the status timeline of every
-- submission, and the parent's own estimate on a modification request.
-- Portable like 0001 to 0003: money BIGINT cents, dates ISO-8601 TEXT,
-- timestamps RFC 3339 TEXT, flags BIGINT 0/1.

ALTER TABLE modification_requests ADD COLUMN estimated_monthly_cents BIGINT CHECK (estimated_monthly_cents >= 0);

-- Every status a modification request has had, oldest first (`seq`). The
-- last row is the request's `status`; both change in one transaction.
CREATE TABLE modification_request_status_changes (
    request_id TEXT NOT NULL REFERENCES modification_requests (id),
    seq BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('received', 'under_review', 'granted', 'denied', 'withdrawn')),
    at TEXT NOT NULL, -- RFC 3339 timestamp
    note TEXT,        -- for the parent; never logged
    PRIMARY KEY (request_id, seq)
);

-- Requests filed before timelines existed: received when created, then
-- their current status if it is another (when it changed is not known).
INSERT INTO modification_request_status_changes (request_id, seq, status, at, note)
SELECT id, 1, 'received', created_at, NULL FROM modification_requests;
INSERT INTO modification_request_status_changes (request_id, seq, status, at, note)
SELECT id, 2, status, created_at, NULL FROM modification_requests WHERE status <> 'received';

-- Counters for sequential, human-readable IDs. Taking the next number is an
-- UPDATE of the counter's row, which serialises concurrent transactions on
-- both engines (a row lock in PostgreSQL, the write lock in SQLite), and a
-- rolled-back transaction gives its number back.
CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);

INSERT INTO counters (name, value) VALUES ('applications', 0);

-- An application for services. `body` is the application as the parent sent
-- it (JSON), SSNs included: the agency keeps what it was given, but no
-- response ever carries it. The other columns are what responses say.
CREATE TABLE applications (
    id TEXT PRIMARY KEY, -- AP-000001
    seq BIGINT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL REFERENCES participants (id),
    body TEXT NOT NULL,
    services TEXT NOT NULL, -- JSON array of the services asked for, without repeats
    children BIGINT NOT NULL CHECK (children > 0),
    -- The applicant asked for the family-violence indicator; it is set on
    -- the case the application is accepted with.
    family_violence_requested BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('received', 'under_review', 'needs_information', 'accepted', 'denied', 'withdrawn')),
    fee_cents BIGINT NOT NULL CHECK (fee_cents >= 0),
    case_id TEXT REFERENCES cases (id),
    submitted_on TEXT NOT NULL,
    created_at TEXT NOT NULL -- RFC 3339 timestamp
);

CREATE INDEX applications_by_participant ON applications (participant_id, seq);

-- Every status an application has had, oldest first, like
-- modification_request_status_changes.
CREATE TABLE application_status_changes (
    application_id TEXT NOT NULL REFERENCES applications (id),
    seq BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('received', 'under_review', 'needs_information', 'accepted', 'denied', 'withdrawn')),
    at TEXT NOT NULL,
    note TEXT,
    PRIMARY KEY (application_id, seq)
);
