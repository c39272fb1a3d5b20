-- Sign-in (OAuth 2.0 authorization code with PKCE), and the contact details
-- that the privacy rules withhold on family-violence cases. Portable across
-- SQLite and PostgreSQL like 0001: times are BIGINT Unix seconds, flags BIGINT
-- 0/1, secrets stored only as SHA-256 hex digests.

ALTER TABLE participants ADD COLUMN phone TEXT;
ALTER TABLE participants ADD COLUMN address TEXT; -- lines joined by newlines
ALTER TABLE participants ADD COLUMN employer TEXT;

CREATE TABLE children (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    given_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    address TEXT -- lines joined by newlines
);

CREATE INDEX children_by_case ON children (case_id);

-- A one-time authorization code (RFC 6749 §4.1.2), bound to the client, the
-- redirect URI and the PKCE challenge. `family_id` is set once exchanged, so
-- that a replayed code can revoke what it produced (RFC 6749 §4.1.2).
CREATE TABLE oauth_codes (
    code_hash TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participants (id),
    redirect_uri TEXT NOT NULL,
    code_challenge TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    used BIGINT NOT NULL DEFAULT 0,
    family_id TEXT
);

-- Every token issued from one authorization code belongs to one family;
-- revoking the family revokes them all.
CREATE TABLE token_families (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participants (id),
    client_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE oauth_tokens (
    token_hash TEXT PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES token_families (id),
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    expires_at BIGINT NOT NULL,
    -- A refresh token that was exchanged already (rotation).
    used BIGINT NOT NULL DEFAULT 0,
    revoked BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX oauth_tokens_by_family ON oauth_tokens (family_id);
