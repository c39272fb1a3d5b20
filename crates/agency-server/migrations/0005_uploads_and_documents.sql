-- Resumable uploads (tus 1.0) and the documents they become on a case.
-- Portable like 0001 to 0004: sizes BIGINT bytes, timestamps RFC 3339 TEXT
-- (or BIGINT seconds since the epoch where only the server compares them).

-- One tus upload. Its bytes are a file named `id` in the uploads directory
-- (never the parent's file name). `received` is how many bytes of it are on
-- disk and synced; it only moves once they are.
--   uploading  -> complete   (every byte received, the SHA-256 matches `sha256`)
--              -> corrupt    (every byte received, the SHA-256 does not match)
--   complete   -> attached   (it became a document; the file is the agency's)
--   any but attached -> terminated (DELETE: the file is removed)
CREATE TABLE uploads (
    id TEXT PRIMARY KEY, -- 32 random hex characters, also the file's name
    participant_id TEXT NOT NULL REFERENCES participants (id),
    length BIGINT NOT NULL CHECK (length > 0),
    received BIGINT NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= length),
    file_name TEXT NOT NULL,    -- from Upload-Metadata; never logged
    content_type TEXT NOT NULL, -- from Upload-Metadata, one the agency takes
    sha256 TEXT NOT NULL,       -- from Upload-Metadata: lowercase hex of the whole file
    metadata TEXT NOT NULL,     -- Upload-Metadata as HEAD answers it
    state TEXT NOT NULL CHECK (state IN ('uploading', 'complete', 'corrupt', 'attached', 'terminated')),
    created_at BIGINT NOT NULL, -- seconds since the epoch
    updated_at BIGINT NOT NULL  -- the last PATCH; abandoned uploads are found by it
);

CREATE INDEX uploads_by_state ON uploads (state, updated_at);

INSERT INTO counters (name, value) VALUES ('documents', 0);

-- A document on a case: a complete upload the parent attached, with what it
-- is. Only the parent who sent it sees it (like a modification request).
CREATE TABLE documents (
    id TEXT PRIMARY KEY, -- DOC-000001
    seq BIGINT NOT NULL UNIQUE,
    case_id TEXT NOT NULL REFERENCES cases (id),
    participant_id TEXT NOT NULL REFERENCES participants (id),
    upload_id TEXT NOT NULL UNIQUE REFERENCES uploads (id),
    document_type TEXT NOT NULL CHECK (document_type IN ('pay_stub', 'tax_return', 'birth_certificate', 'court_order', 'identification', 'proof_of_expenses', 'other')),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL CHECK (size > 0),
    sha256 TEXT NOT NULL,
    uploaded_at TEXT NOT NULL, -- RFC 3339 timestamp
    status TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'rejected')),
    reason TEXT, -- why it was rejected, for the parent; never logged
    -- A rejected document of the same case this one replaces; each is
    -- replaced at most once.
    replaces TEXT UNIQUE REFERENCES documents (id)
);

CREATE INDEX documents_by_case ON documents (case_id, participant_id, seq);

-- Every status a document has had, oldest first, like
-- application_status_changes.
CREATE TABLE document_status_changes (
    document_id TEXT NOT NULL REFERENCES documents (id),
    seq BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'rejected')),
    at TEXT NOT NULL,
    note TEXT,
    PRIMARY KEY (document_id, seq)
);
