-- Personal-data breaches (issue 18): the register of breaches with the 72-hour clock to SDAIA
-- (SDAIA's personal-data breach procedural guide, Oct 2024; PDPL Art. 20, Implementing Regulation
-- Art. 24), their containment and remediation steps, the activities and customers concerned.
-- Times (`*_at` but created/updated) are wall-clock 'YYYY-MM-DDTHH:MM' in the breach's time_zone.
CREATE TABLE breaches (
    id                        INTEGER PRIMARY KEY,
    reference                 TEXT NOT NULL UNIQUE,
    title                     TEXT NOT NULL,
    description               TEXT,
    occurred_from             TEXT,
    occurred_to               TEXT,
    occurred_unknown          INTEGER NOT NULL DEFAULT 0,
    discovered_at             TEXT,
    discovered_by             TEXT,
    discovery_method          TEXT,
    aware_at                  TEXT NOT NULL,
    time_zone                 TEXT NOT NULL DEFAULT 'Asia/Riyadh',
    category                  TEXT NOT NULL,
    cause                     TEXT NOT NULL,
    systems                   TEXT,
    data_categories           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(data_categories)),
    special_category          INTEGER NOT NULL DEFAULT 0,
    subject_categories        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subject_categories)),
    subject_count             INTEGER CHECK (subject_count >= 0),
    subject_count_approximate INTEGER NOT NULL DEFAULT 0,
    processor_id              INTEGER REFERENCES recipients (id),
    consequences              TEXT,
    severity                  TEXT,
    severity_reasoning        TEXT,
    measures_taken            TEXT,
    measures_planned          TEXT,
    sdaia_decision            TEXT NOT NULL DEFAULT 'pending',
    sdaia_decision_reason     TEXT,
    sdaia_notified_at         TEXT,
    sdaia_reference           TEXT,
    late_reason               TEXT,
    subjects_decision         TEXT NOT NULL DEFAULT 'pending',
    subjects_notified_at      TEXT,
    subjects_notice_method    TEXT,
    subjects_notified_count   INTEGER CHECK (subjects_notified_count >= 0),
    subject_advice            TEXT,
    lessons                   TEXT,
    stage                     TEXT NOT NULL DEFAULT 'open',
    closed_at                 TEXT,
    notes                     TEXT,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);
CREATE INDEX breaches_stage ON breaches (stage, sdaia_notified_at);
CREATE INDEX breaches_aware ON breaches (aware_at);

CREATE TABLE breach_steps (
    id         INTEGER PRIMARY KEY,
    breach_id  INTEGER NOT NULL REFERENCES breaches (id),
    kind       TEXT NOT NULL,
    action     TEXT NOT NULL,
    owner      TEXT,
    due_date   TEXT,
    done_on    TEXT,
    notes      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX breach_steps_breach ON breach_steps (breach_id);

CREATE TABLE breach_activities (
    id          INTEGER PRIMARY KEY,
    breach_id   INTEGER NOT NULL REFERENCES breaches (id),
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (breach_id, activity_id)
);

CREATE TABLE breach_customers (
    id          INTEGER PRIMARY KEY,
    breach_id   INTEGER NOT NULL REFERENCES breaches (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (breach_id, customer_id)
);
CREATE INDEX breach_customers_customer ON breach_customers (customer_id);

CREATE VIRTUAL TABLE breaches_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');

-- Attachments may now belong to a breach (evidence, logs, the notice as filed) or to a
-- data-subject request (migration 0007 adds the requests table; request_id has no foreign key so
-- this migration does not depend on it). The table is rebuilt because its CHECK names the owners;
-- ids and every value are kept, and the two new columns come last and empty, so the rows' audit
-- hashes still verify (storage/migrate.py).
CREATE TABLE attachments_rebuilt (
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
    breach_id     INTEGER REFERENCES breaches (id),
    request_id    INTEGER,
    CHECK ((disclosure_id IS NOT NULL) + (document_id IS NOT NULL) + (activity_id IS NOT NULL)
           + (breach_id IS NOT NULL) + (request_id IS NOT NULL) = 1)
);
INSERT INTO attachments_rebuilt (id, disclosure_id, document_id, activity_id, name, media_type, size, sha256,
                                 notes, content, created_at, updated_at)
    SELECT id, disclosure_id, document_id, activity_id, name, media_type, size, sha256,
           notes, content, created_at, updated_at FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_rebuilt RENAME TO attachments;
CREATE INDEX attachments_disclosure ON attachments (disclosure_id);
CREATE INDEX attachments_document ON attachments (document_id);
CREATE INDEX attachments_activity ON attachments (activity_id);
CREATE INDEX attachments_breach ON attachments (breach_id);
CREATE INDEX attachments_request ON attachments (request_id);
