-- Talking to the agency: secure messages, appointments and court dates,
-- contact and employer updates, and how to pay. Portable like 0001 to 0006:
-- money BIGINT cents, timestamps RFC 3339 TEXT (appointment times BIGINT
-- seconds since the epoch, which the server compares), lines of an address
-- joined by newlines, flags BIGINT 0/1.

INSERT INTO counters (name, value) VALUES ('message_threads', 0);
INSERT INTO counters (name, value) VALUES ('messages', 0);
INSERT INTO counters (name, value) VALUES ('appointment_slots', 0);
INSERT INTO counters (name, value) VALUES ('appointments', 0);
INSERT INTO counters (name, value) VALUES ('contact_updates', 0);

-- One parent's conversation with the agency about one case. Only that
-- parent sees it (like a modification request), never the other party.
CREATE TABLE message_threads (
    id TEXT PRIMARY KEY, -- TH-000001
    seq BIGINT NOT NULL UNIQUE,
    case_id TEXT NOT NULL REFERENCES cases (id),
    participant_id TEXT NOT NULL REFERENCES participants (id),
    subject TEXT NOT NULL, -- never logged
    created_at TEXT NOT NULL
);

CREATE INDEX message_threads_by_case ON message_threads (case_id, participant_id, seq);

CREATE TABLE messages (
    id TEXT PRIMARY KEY, -- MSG-000001
    seq BIGINT NOT NULL UNIQUE, -- the order of messages, in a thread too
    thread_id TEXT NOT NULL REFERENCES message_threads (id),
    sender TEXT NOT NULL CHECK (sender IN ('parent', 'agency')),
    -- The role the agency signs with ('Caseworker'), never a person's name;
    -- NULL for the parent's messages.
    agency_role TEXT,
    body TEXT NOT NULL, -- never logged
    sent_at TEXT NOT NULL,
    -- When the thread's parent read it; their own messages at sent_at.
    read_at TEXT
);

CREATE INDEX messages_by_thread ON messages (thread_id, seq);

-- The parent's documents attached to a message, in the order given.
CREATE TABLE message_documents (
    message_id TEXT NOT NULL REFERENCES messages (id),
    position BIGINT NOT NULL CHECK (position >= 0),
    document_id TEXT NOT NULL REFERENCES documents (id),
    PRIMARY KEY (message_id, position),
    UNIQUE (message_id, document_id)
);

-- A time the agency offers. `appointment_id` is the appointment booked in
-- it, NULL while it is open; booking sets it only where it is NULL, so a
-- slot is booked once. A cancellation opens it again.
CREATE TABLE appointment_slots (
    id TEXT PRIMARY KEY, -- SL-000001
    seq BIGINT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('appointment', 'genetic_test')),
    office_id TEXT REFERENCES offices (id), -- NULL: by phone
    starts_at BIGINT NOT NULL, -- seconds since the epoch
    ends_at BIGINT NOT NULL,
    what_to_bring TEXT NOT NULL, -- one thing per line
    appointment_id TEXT,
    CHECK (ends_at > starts_at)
);

CREATE INDEX appointment_slots_by_time ON appointment_slots (starts_at);

-- One parent's appointment or court date on a case. Only that parent sees
-- it: where and when they will be is theirs alone.
CREATE TABLE appointments (
    id TEXT PRIMARY KEY, -- APT-000001
    seq BIGINT NOT NULL UNIQUE,
    case_id TEXT NOT NULL REFERENCES cases (id),
    participant_id TEXT NOT NULL REFERENCES participants (id),
    kind TEXT NOT NULL CHECK (kind IN ('appointment', 'hearing', 'genetic_test')),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    place_kind TEXT NOT NULL CHECK (place_kind IN ('office', 'court', 'phone')),
    office_id TEXT REFERENCES offices (id),
    place_name TEXT,    -- a court's name (an office's comes from offices)
    place_address TEXT, -- a court's address, lines joined by newlines
    place_room TEXT,
    what_to_bring TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
    slot_id TEXT REFERENCES appointment_slots (id),
    created_at TEXT NOT NULL,
    cancelled_at TEXT,
    CHECK (ends_at > starts_at)
);

CREATE INDEX appointments_by_case ON appointments (case_id, participant_id, starts_at);

-- A change of address, phone, email or employer a parent reported. `body`
-- is the update as sent (JSON): an address is among the most sensitive
-- data the agency holds and is never logged. Confirming one writes it to
-- the participant's row.
CREATE TABLE contact_updates (
    id TEXT PRIMARY KEY, -- CU-000001
    seq BIGINT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL REFERENCES participants (id),
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('received', 'confirmed', 'rejected')),
    submitted_at TEXT NOT NULL,
    decided_at TEXT,
    note TEXT -- for the parent, e.g. why it was rejected; never logged
);

CREATE INDEX contact_updates_by_participant ON contact_updates (participant_id, seq);

-- How to pay, as the operator configures it: one row. A blank value means
-- the agency does not offer that way of paying.
CREATE TABLE payment_options (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    mail_payable_to TEXT NOT NULL,
    mail_address TEXT NOT NULL, -- lines joined by newlines
    online_name TEXT NOT NULL,
    online_url TEXT NOT NULL,   -- https
    text_number TEXT NOT NULL,
    text_instructions TEXT NOT NULL
);

INSERT INTO payment_options (id, mail_payable_to, mail_address, online_name, online_url, text_number, text_instructions)
VALUES (1, '', '', '', '', '', '');

-- Places that take cash payments, in the order listed.
CREATE TABLE cash_locations (
    id TEXT PRIMARY KEY,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL, -- lines joined by newlines
    hours TEXT NOT NULL,
    fee_cents BIGINT CHECK (fee_cents >= 0)
);
