-- The three registers, the organisation profile, attachments and the audit chain.
-- Dates are ISO 'YYYY-MM-DD' text; timestamps ISO UTC text; vocabulary lists JSON arrays of codes.

CREATE TABLE register_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE organisation (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    legal_name_ar           TEXT,
    legal_name_en           TEXT,
    commercial_registration TEXT,
    address                 TEXT,
    country                 TEXT,
    officer_name            TEXT,
    officer_email           TEXT,
    officer_phone           TEXT,
    regulators              TEXT,
    default_language        TEXT NOT NULL DEFAULT 'ar' CHECK (default_language IN ('ar', 'en')),
    notes                   TEXT,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);

CREATE TABLE recipients (
    id                 INTEGER PRIMARY KEY,
    reference          TEXT NOT NULL UNIQUE,
    name_ar            TEXT,
    name_en            TEXT,
    recipient_type     TEXT NOT NULL,
    country            TEXT,
    role               TEXT,
    contract_reference TEXT,
    status             TEXT NOT NULL DEFAULT 'active',
    notes              TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE TABLE activities (
    id                 INTEGER PRIMARY KEY,
    reference          TEXT NOT NULL UNIQUE,
    name_ar            TEXT,
    name_en            TEXT,
    description        TEXT,
    department         TEXT,
    role               TEXT,
    purposes           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(purposes)),
    purpose_details    TEXT,
    legal_bases        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(legal_bases)),
    subject_categories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subject_categories)),
    data_categories    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(data_categories)),
    sources            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sources)),
    retention_period   TEXT,
    retention_months   INTEGER,
    retention_event    TEXT,
    retention_reason   TEXT,
    security_measures  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(security_measures)),
    security_details   TEXT,
    automated_decisions INTEGER NOT NULL DEFAULT 0,
    automated_details  TEXT,
    dpia_required      INTEGER NOT NULL DEFAULT 0,
    dpia_done          INTEGER NOT NULL DEFAULT 0,
    systems            TEXT,
    status             TEXT NOT NULL DEFAULT 'draft',
    last_review        TEXT,
    next_review        TEXT,
    notes              TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX activities_status ON activities (status, next_review);

CREATE TABLE activity_recipients (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activities (id),
    recipient_id INTEGER NOT NULL REFERENCES recipients (id),
    purpose      TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (activity_id, recipient_id)
);
CREATE INDEX activity_recipients_recipient ON activity_recipients (recipient_id);

CREATE TABLE transfers (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activities (id),
    country      TEXT NOT NULL,
    recipient_id INTEGER REFERENCES recipients (id),
    safeguard    TEXT,
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX transfers_activity ON transfers (activity_id);

CREATE TABLE customers (
    id             INTEGER PRIMARY KEY,
    reference      TEXT NOT NULL UNIQUE,
    client_ref     TEXT NOT NULL UNIQUE,
    full_name_ar   TEXT,
    full_name_en   TEXT,
    date_of_birth  TEXT,
    nationality    TEXT,
    country        TEXT,
    phone          TEXT,
    email          TEXT,
    address        TEXT,
    city_code      TEXT,
    risk_rating    TEXT NOT NULL DEFAULT 'low',
    pep            INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL DEFAULT 'pending',
    refusal_note   TEXT,
    last_verified  TEXT,
    next_review    TEXT,
    notes          TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX customers_status ON customers (status);
CREATE INDEX customers_next_review ON customers (next_review);

CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers (id),
    doc_type        TEXT NOT NULL,
    number          TEXT,
    issuing_country TEXT,
    issue_date      TEXT,
    expiry_date     TEXT,
    mrz             TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX documents_customer ON documents (customer_id);
CREATE INDEX documents_expiry ON documents (expiry_date);

CREATE TABLE checks (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents (id),
    checked_on      TEXT NOT NULL,
    checked_by      TEXT,
    method          TEXT,
    result          TEXT NOT NULL,
    reason_codes    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reason_codes)),
    override_reason TEXT,
    next_review     TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX checks_document ON checks (document_id);

CREATE TABLE disclosures (
    id                          INTEGER PRIMARY KEY,
    reference                   TEXT NOT NULL UNIQUE,
    received_date               TEXT NOT NULL,
    channel                     TEXT,
    requester_type              TEXT NOT NULL,
    requester_name              TEXT NOT NULL,
    requester_contact           TEXT,
    requester_reference         TEXT,
    request_type                TEXT NOT NULL,
    legal_ground                TEXT,
    jurisdiction                TEXT,
    emergency                   INTEGER NOT NULL DEFAULT 0,
    subject_count               INTEGER,
    accounts                    INTEGER,
    categories_requested        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories_requested)),
    categories_disclosed        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories_disclosed)),
    content_type                TEXT,
    due_date                    TEXT,
    stage                       TEXT NOT NULL DEFAULT 'received',
    legal_review_required       INTEGER NOT NULL DEFAULT 1,
    counsel_name                TEXT,
    review_date                 TEXT,
    legal_opinion               TEXT,
    decision                    TEXT NOT NULL DEFAULT 'pending',
    decision_reason             TEXT,
    decided_on                  TEXT,
    decided_by                  TEXT,
    disclosed_date              TEXT,
    disclosure_method           TEXT,
    disclosure_volume           TEXT,
    subject_notification        TEXT,
    notification_deferred_until TEXT,
    closed_date                 TEXT,
    notes                       TEXT,
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL
);
CREATE INDEX disclosures_received ON disclosures (received_date);
CREATE INDEX disclosures_due ON disclosures (stage, due_date);

CREATE TABLE disclosure_customers (
    id            INTEGER PRIMARY KEY,
    disclosure_id INTEGER NOT NULL REFERENCES disclosures (id),
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (disclosure_id, customer_id)
);
CREATE INDEX disclosure_customers_customer ON disclosure_customers (customer_id);

CREATE TABLE disclosure_activities (
    id            INTEGER PRIMARY KEY,
    disclosure_id INTEGER NOT NULL REFERENCES disclosures (id),
    activity_id   INTEGER NOT NULL REFERENCES activities (id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (disclosure_id, activity_id)
);

CREATE TABLE attachments (
    id            INTEGER PRIMARY KEY,
    disclosure_id INTEGER REFERENCES disclosures (id),
    document_id   INTEGER REFERENCES documents (id),
    activity_id   INTEGER REFERENCES activities (id),
    name          TEXT NOT NULL,
    media_type    TEXT NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    notes         TEXT,
    content       BLOB NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK ((disclosure_id IS NOT NULL) + (document_id IS NOT NULL) + (activity_id IS NOT NULL) = 1)
);
CREATE INDEX attachments_disclosure ON attachments (disclosure_id);
CREATE INDEX attachments_document ON attachments (document_id);

-- The audit chain. Append-only: the database itself refuses UPDATE and DELETE.
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    ts        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT,
    entity_id INTEGER,
    changes   TEXT NOT NULL,
    row_hash  TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit (entity, entity_id, seq);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
