-- Data-subject requests (issue 17): the request, each right asked with its decision and action, the
-- activities concerned, and the organisation's time zone for legal clocks (blank: Asia/Riyadh).
-- received_date, first_due_date and due_date are derived by domain.requests.deadlines (stored so the
-- action queue and the reports select in SQL). Attachments of requests: the attachments table gains
-- its request_id in a separate change.
ALTER TABLE organisation ADD COLUMN time_zone TEXT;

CREATE TABLE requests (
    id                    INTEGER PRIMARY KEY,
    reference             TEXT NOT NULL UNIQUE,
    received_at           TEXT NOT NULL,
    received_date         TEXT NOT NULL,
    channel               TEXT NOT NULL,
    customer_id           INTEGER REFERENCES customers (id),
    requester_name        TEXT,
    requester_contact     TEXT,
    on_behalf             INTEGER NOT NULL DEFAULT 0,
    subject_name          TEXT,
    authority_proof       TEXT,
    rights                TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rights)),
    data_concerned        TEXT,
    identity_requested_on TEXT,
    identity_method       TEXT,
    identity_document_id  INTEGER REFERENCES documents (id),
    identity_checked_by   TEXT,
    identity_verified_on  TEXT,
    fee_asked             TEXT,
    fee_paid              INTEGER NOT NULL DEFAULT 0,
    first_due_date        TEXT,
    extension_reason      TEXT,
    extension_details     TEXT,
    extension_notice_on   TEXT,
    extension_days        INTEGER,
    due_date              TEXT,
    stage                 TEXT NOT NULL DEFAULT 'received',
    outcome               TEXT,
    response_date         TEXT,
    response_method       TEXT,
    closed_date           TEXT,
    notes                 TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX requests_received ON requests (received_date);
CREATE INDEX requests_due ON requests (stage, due_date);
CREATE INDEX requests_customer ON requests (customer_id);

CREATE TABLE request_rights (
    id               INTEGER PRIMARY KEY,
    request_id       INTEGER NOT NULL REFERENCES requests (id),
    right_code       TEXT NOT NULL,
    decision         TEXT NOT NULL DEFAULT 'pending',
    refusal_reason   TEXT,
    reason           TEXT,
    decided_on       TEXT,
    decided_by       TEXT,
    action           TEXT,
    action_date      TEXT,
    holds_overridden TEXT,
    override_reason  TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (request_id, right_code)
);

CREATE TABLE request_activities (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (request_id, activity_id)
);
CREATE INDEX request_activities_activity ON request_activities (activity_id);

CREATE VIRTUAL TABLE requests_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
