-- What changed, for `GET /v1/me/changes`: one row per area and scope, with
-- the number of its latest change. A scope is a case for everyone on it
-- (participant_id ''), one participant on a case, one participant
-- (case_id ''), or everyone (both ''). The numbers come from the `changes`
-- counter, taken in the writing transaction: they are committed in order.
CREATE TABLE change_stamps (
    case_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    area TEXT NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (case_id, participant_id, area)
);
CREATE INDEX change_stamps_seq ON change_stamps (seq);
INSERT INTO counters (name, value) VALUES ('changes', 0);
-- Which database the cursors were given out by (random, made on first use):
-- a cursor from another (a database made anew) is refused, not trusted.
CREATE TABLE change_feed (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    epoch TEXT NOT NULL
);
