-- The reference agency's first schema. Portable across SQLite and PostgreSQL:
-- identifiers are TEXT chosen by the server, money is BIGINT cents (exact,
-- summable in SQL), dates are ISO-8601 TEXT, flags are BIGINT 0/1.

CREATE TABLE agency (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    phone TEXT NOT NULL
);

INSERT INTO agency (id, name, jurisdiction, phone)
VALUES (1, 'Child Support Agency', 'US', '');

CREATE TABLE offices (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    address TEXT NOT NULL, -- lines joined by newlines
    phone TEXT NOT NULL,
    hours TEXT NOT NULL
);

CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    password_hash TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    jurisdiction TEXT NOT NULL,
    office_id TEXT REFERENCES offices (id),
    family_violence BIGINT NOT NULL DEFAULT 0,
    opened_on TEXT NOT NULL
);

CREATE TABLE case_participants (
    case_id TEXT NOT NULL REFERENCES cases (id),
    participant_id TEXT NOT NULL REFERENCES participants (id),
    role TEXT NOT NULL CHECK (role IN ('custodial', 'noncustodial')),
    PRIMARY KEY (case_id, participant_id)
);

CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
    frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'biweekly', 'semimonthly', 'monthly')),
    start_date TEXT NOT NULL,
    end_date TEXT,
    arrears_payment_cents BIGINT NOT NULL DEFAULT 0,
    interest_rule TEXT NOT NULL
);

-- `seq` orders payments for the `since` cursor; it only ever grows.
CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL UNIQUE,
    case_id TEXT NOT NULL REFERENCES cases (id),
    received_on TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    source TEXT NOT NULL,
    current_support_cents BIGINT NOT NULL,
    arrears_cents BIGINT NOT NULL,
    interest_cents BIGINT NOT NULL,
    fees_cents BIGINT NOT NULL,
    disbursed_on TEXT,
    CHECK (current_support_cents + arrears_cents + interest_cents + fees_cents = amount_cents)
);

CREATE INDEX payments_by_case ON payments (case_id, seq);
