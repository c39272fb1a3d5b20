-- The documents a parent sent with a modification request, in the order
-- they listed them (`position`, from 0). Portable like 0001 to 0005.
-- Written in the same transaction as the request and never changed after,
-- so a request's documents are read apart from its row and timeline.
-- A document may support more than one request (a pay stub sent again with
-- a new request after one was withdrawn), but each request lists it once.
CREATE TABLE modification_request_documents (
    request_id TEXT NOT NULL REFERENCES modification_requests (id),
    position BIGINT NOT NULL CHECK (position >= 0),
    document_id TEXT NOT NULL REFERENCES documents (id),
    PRIMARY KEY (request_id, position),
    UNIQUE (request_id, document_id)
);
