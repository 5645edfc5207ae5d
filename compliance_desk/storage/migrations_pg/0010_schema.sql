-- The register's schema on PostgreSQL, as SQLCipher migrations 0001–0010 leave it (storage/migrations/).
-- Same tables, same columns, same names: the use cases' SQL runs on both engines. What differs:
--   * INTEGER -> BIGINT, REAL -> DOUBLE PRECISION, BLOB -> BYTEA;
--   * an `id` left out of an INSERT is max(id) + 1, as SQLite gives a rowid (cd_assign_id below);
--     writers are serialized by an advisory lock (storage/pg/register.py), so two never take one id;
--   * the full-text tables (`*_fts`) are plain tables of (rowid, body): the body is the same folded
--     text storage/rows.py builds, searched by word prefix (storage/search.py);
--   * a few SQLite functions the queries use (json_valid, json_each over text, glob patterns).
-- The roles and their grants are the server's, made by `compliance-desk server init` (storage/pg/server.py).

CREATE FUNCTION json_valid(value text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    PERFORM value::jsonb;
    RETURN true;
EXCEPTION WHEN others THEN
    RETURN false;
END $$;

CREATE FUNCTION json_each(value text) RETURNS TABLE (value text) LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(value::jsonb) = 'array' THEN value::jsonb
                                          ELSE '[]'::jsonb END)
$$;

-- json_extract(value, '$.a[1].b'): the value at that path as text (NULL when absent)
CREATE FUNCTION json_extract(value text, path text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT value::jsonb #>> string_to_array(regexp_replace(substr(path, 3), '\[(\d+)\]', '.\1', 'g'), '.')
$$;

CREATE FUNCTION instr(value text, part text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT strpos(value, part)
$$;

-- group_concat(value [, separator]), SQLite's aggregate (NULLs skipped; ',' by default)
CREATE FUNCTION cd_concat_step(joined text, value text, separator text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN joined WHEN joined IS NULL THEN value ELSE joined || separator || value END
$$;
CREATE FUNCTION cd_concat_step(joined text, value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT cd_concat_step(joined, value, ',')
$$;
CREATE AGGREGATE group_concat(text, text) (SFUNC = cd_concat_step, STYPE = text);
CREATE AGGREGATE group_concat(text) (SFUNC = cd_concat_step, STYPE = text);

-- json_array(…) and json_group_array(…), as the reports nest them (an array of arrays, as text)
CREATE FUNCTION json_array(VARIADIC value text[]) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT to_jsonb(value)
$$;
CREATE FUNCTION cd_json_list_step(items jsonb, item jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT items || jsonb_build_array(item)
$$;
CREATE FUNCTION cd_json_list_text(items jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT items::text
$$;
CREATE AGGREGATE json_group_array(jsonb) (SFUNC = cd_json_list_step, STYPE = jsonb, FINALFUNC = cd_json_list_text,
                                          INITCOND = '[]');

-- A GLOB pattern (* ? [...]) as an anchored regular expression: `x GLOB ?` runs as `x ~ cd_glob(?)`.
CREATE FUNCTION cd_glob(pattern text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT '^' || replace(replace(regexp_replace(pattern, '([.+(){}^$|\\])', '\\\1', 'g'), '*', '.*'), '?', '.') || '$'
$$;

CREATE FUNCTION cd_assign_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO NEW.id;
    END IF;
    RETURN NEW;
END $$;

-- The second wall of the append-only audit (the first: UPDATE, DELETE and TRUNCATE revoked from
-- every role by `server init`). It holds for the table's owner too; only a superuser can set it aside.
CREATE FUNCTION cd_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TABLE register_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE schema_migrations (
    version    BIGINT PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE organisation (
    id                      BIGINT PRIMARY KEY CHECK (id = 1),
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
, aml_officer_name TEXT, aml_officer_email TEXT, aml_officer_phone TEXT, report_version TEXT, report_prepared_by TEXT, report_approved_by TEXT, report_distribution TEXT, time_zone TEXT, website TEXT, rights_channels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rights_channels)), rights_email TEXT, rights_phone TEXT, rights_web_form TEXT, rights_postal_address TEXT, rights_fee TEXT, rights_answer_days BIGINT, identity_check TEXT, cookie_statement TEXT);

CREATE TABLE recipients (
    id                 BIGINT PRIMARY KEY,
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
    id                 BIGINT PRIMARY KEY,
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
    retention_months   BIGINT,
    retention_event    TEXT,
    retention_reason   TEXT,
    security_measures  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(security_measures)),
    security_details   TEXT,
    automated_decisions BIGINT NOT NULL DEFAULT 0,
    automated_details  TEXT,
    dpia_required      BIGINT NOT NULL DEFAULT 0,
    dpia_done          BIGINT NOT NULL DEFAULT 0,
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
    id           BIGINT PRIMARY KEY,
    activity_id  BIGINT NOT NULL REFERENCES activities (id),
    recipient_id BIGINT NOT NULL REFERENCES recipients (id),
    purpose      TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (activity_id, recipient_id)
);

CREATE INDEX activity_recipients_recipient ON activity_recipients (recipient_id);

CREATE TABLE transfers (
    id           BIGINT PRIMARY KEY,
    activity_id  BIGINT NOT NULL REFERENCES activities (id),
    country      TEXT NOT NULL,
    recipient_id BIGINT REFERENCES recipients (id),
    safeguard    TEXT,
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE INDEX transfers_activity ON transfers (activity_id);

CREATE TABLE customers (
    id             BIGINT PRIMARY KEY,
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
    pep            BIGINT NOT NULL DEFAULT 0,
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
    id              BIGINT PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
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
    id              BIGINT PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES documents (id),
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
    id                          BIGINT PRIMARY KEY,
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
    emergency                   BIGINT NOT NULL DEFAULT 0,
    subject_count               BIGINT,
    accounts                    BIGINT,
    categories_requested        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories_requested)),
    categories_disclosed        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories_disclosed)),
    content_type                TEXT,
    due_date                    TEXT,
    stage                       TEXT NOT NULL DEFAULT 'received',
    legal_review_required       BIGINT NOT NULL DEFAULT 1,
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
    id            BIGINT PRIMARY KEY,
    disclosure_id BIGINT NOT NULL REFERENCES disclosures (id),
    customer_id   BIGINT NOT NULL REFERENCES customers (id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (disclosure_id, customer_id)
);

CREATE INDEX disclosure_customers_customer ON disclosure_customers (customer_id);

CREATE TABLE disclosure_activities (
    id            BIGINT PRIMARY KEY,
    disclosure_id BIGINT NOT NULL REFERENCES disclosures (id),
    activity_id   BIGINT NOT NULL REFERENCES activities (id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (disclosure_id, activity_id)
);

CREATE TABLE audit (
    seq       BIGINT PRIMARY KEY,
    ts        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT,
    entity_id BIGINT,
    changes   TEXT NOT NULL,
    row_hash  TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

CREATE INDEX audit_entity ON audit (entity, entity_id, seq);

END;

END;

CREATE TABLE activities_fts (
    rowid BIGINT PRIMARY KEY,
    body  TEXT NOT NULL
);

CREATE TABLE recipients_fts (
    rowid BIGINT PRIMARY KEY,
    body  TEXT NOT NULL
);

CREATE TABLE disclosures_fts (
    rowid BIGINT PRIMARY KEY,
    body  TEXT NOT NULL
);

CREATE TABLE customers_fts (
    rowid BIGINT PRIMARY KEY,
    body  TEXT NOT NULL
);

CREATE INDEX audit_hash ON audit (hash);

CREATE INDEX audit_action ON audit (action, seq);

CREATE TABLE queue_marks (
    id               BIGINT PRIMARY KEY,
    item_key         TEXT NOT NULL,
    record_reference TEXT,
    mark             TEXT NOT NULL CHECK (mark IN ('acknowledged', 'snoozed', 'cleared')),
    stage            TEXT NOT NULL,
    item_due         TEXT,
    snoozed_until    TEXT,
    reason           TEXT,
    marked_by        TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE INDEX queue_marks_item ON queue_marks (item_key, id);

CREATE INDEX documents_expiry_kind ON documents (expiry_date, doc_type, customer_id);

CREATE INDEX documents_customer_kind ON documents (customer_id, doc_type, expiry_date);

CREATE INDEX checks_latest ON checks (document_id, checked_on, id, result);

CREATE TABLE requests (
    id                    BIGINT PRIMARY KEY,
    reference             TEXT NOT NULL UNIQUE,
    received_at           TEXT NOT NULL,
    received_date         TEXT NOT NULL,
    channel               TEXT NOT NULL,
    customer_id           BIGINT REFERENCES customers (id),
    requester_name        TEXT,
    requester_contact     TEXT,
    on_behalf             BIGINT NOT NULL DEFAULT 0,
    subject_name          TEXT,
    authority_proof       TEXT,
    rights                TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rights)),
    data_concerned        TEXT,
    identity_requested_on TEXT,
    identity_method       TEXT,
    identity_document_id  BIGINT REFERENCES documents (id),
    identity_checked_by   TEXT,
    identity_verified_on  TEXT,
    fee_asked             TEXT,
    fee_paid              BIGINT NOT NULL DEFAULT 0,
    first_due_date        TEXT,
    extension_reason      TEXT,
    extension_details     TEXT,
    extension_notice_on   TEXT,
    extension_days        BIGINT,
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
    id               BIGINT PRIMARY KEY,
    request_id       BIGINT NOT NULL REFERENCES requests (id),
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
    id          BIGINT PRIMARY KEY,
    request_id  BIGINT NOT NULL REFERENCES requests (id),
    activity_id BIGINT NOT NULL REFERENCES activities (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (request_id, activity_id)
);

CREATE INDEX request_activities_activity ON request_activities (activity_id);

CREATE TABLE requests_fts (
    rowid BIGINT PRIMARY KEY,
    body  TEXT NOT NULL
);

CREATE TABLE breaches (
    id                        BIGINT PRIMARY KEY,
    reference                 TEXT NOT NULL UNIQUE,
    title                     TEXT NOT NULL,
    description               TEXT,
    occurred_from             TEXT,
    occurred_to               TEXT,
    occurred_unknown          BIGINT NOT NULL DEFAULT 0,
    discovered_at             TEXT,
    discovered_by             TEXT,
    discovery_method          TEXT,
    aware_at                  TEXT NOT NULL,
    time_zone                 TEXT NOT NULL DEFAULT 'Asia/Riyadh',
    category                  TEXT NOT NULL,
    cause                     TEXT NOT NULL,
    systems                   TEXT,
    data_categories           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(data_categories)),
    special_category          BIGINT NOT NULL DEFAULT 0,
    subject_categories        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subject_categories)),
    subject_count             BIGINT CHECK (subject_count >= 0),
    subject_count_approximate BIGINT NOT NULL DEFAULT 0,
    processor_id              BIGINT REFERENCES recipients (id),
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
    subjects_notified_count   BIGINT CHECK (subjects_notified_count >= 0),
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
    id         BIGINT PRIMARY KEY,
    breach_id  BIGINT NOT NULL REFERENCES breaches (id),
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
    id          BIGINT PRIMARY KEY,
    breach_id   BIGINT NOT NULL REFERENCES breaches (id),
    activity_id BIGINT NOT NULL REFERENCES activities (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (breach_id, activity_id)
);

CREATE TABLE breach_customers (
    id          BIGINT PRIMARY KEY,
    breach_id   BIGINT NOT NULL REFERENCES breaches (id),
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (breach_id, customer_id)
);

CREATE INDEX breach_customers_customer ON breach_customers (customer_id);

CREATE TABLE breaches_fts (
    rowid BIGINT PRIMARY KEY,
    body  TEXT NOT NULL
);

CREATE TABLE attachments (
    id            BIGINT PRIMARY KEY,
    disclosure_id BIGINT REFERENCES disclosures (id),
    document_id   BIGINT REFERENCES documents (id),
    activity_id   BIGINT REFERENCES activities (id),
    name          TEXT NOT NULL,
    media_type    TEXT NOT NULL,
    size          BIGINT NOT NULL,
    sha256        TEXT NOT NULL,
    notes         TEXT,
    content       BYTEA NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    breach_id     BIGINT REFERENCES breaches (id),
    request_id    BIGINT,
    CHECK ((disclosure_id IS NOT NULL)::int + (document_id IS NOT NULL)::int + (activity_id IS NOT NULL)::int
           + (breach_id IS NOT NULL)::int + (request_id IS NOT NULL)::int = 1)
);

CREATE INDEX attachments_disclosure ON attachments (disclosure_id);

CREATE INDEX attachments_document ON attachments (document_id);

CREATE INDEX attachments_activity ON attachments (activity_id);

CREATE INDEX attachments_breach ON attachments (breach_id);

CREATE INDEX attachments_request ON attachments (request_id);

CREATE TABLE list_versions (
    id           BIGINT PRIMARY KEY,
    reference    TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL,
    title        TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    generated    TEXT,
    entry_count  BIGINT NOT NULL,
    individuals  BIGINT NOT NULL DEFAULT 0,
    entities     BIGINT NOT NULL DEFAULT 0,
    vessels      BIGINT NOT NULL DEFAULT 0,
    added        BIGINT NOT NULL DEFAULT 0,
    changed      BIGINT NOT NULL DEFAULT 0,
    removed      BIGINT NOT NULL DEFAULT 0,
    previous_id  BIGINT REFERENCES list_versions (id),
    status       TEXT NOT NULL DEFAULT 'current',
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE INDEX list_versions_source ON list_versions (source, title, status);

CREATE TABLE list_entries (
    id            BIGINT PRIMARY KEY,
    version_id    BIGINT NOT NULL REFERENCES list_versions (id),
    entry_ref     TEXT NOT NULL,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    name_original TEXT,
    listed_on     TEXT,
    program       TEXT,
    content       TEXT NOT NULL CHECK (json_valid(content)),
    content_hash  TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (version_id, entry_ref)
);

CREATE TABLE screening_runs (
    id           BIGINT PRIMARY KEY,
    reference    TEXT NOT NULL UNIQUE,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    trigger      TEXT NOT NULL,
    scope        TEXT NOT NULL,
    versions     TEXT NOT NULL CHECK (json_valid(versions)),
    threshold    BIGINT NOT NULL,
    customers    BIGINT NOT NULL DEFAULT 0,
    raised       BIGINT NOT NULL DEFAULT 0,
    suppressed   BIGINT NOT NULL DEFAULT 0,
    lapsed       BIGINT NOT NULL DEFAULT 0,
    status       TEXT NOT NULL DEFAULT 'complete',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE INDEX screening_runs_started ON screening_runs (started_at);

CREATE TABLE screening_hits (
    id              BIGINT PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    entry_id        BIGINT NOT NULL REFERENCES list_entries (id),
    version_id      BIGINT NOT NULL REFERENCES list_versions (id),
    run_id          BIGINT REFERENCES screening_runs (id),
    source          TEXT NOT NULL,
    entry_ref       TEXT NOT NULL,
    entry_hash      TEXT NOT NULL,
    customer_hash   TEXT NOT NULL,
    score           BIGINT NOT NULL,
    name_score      BIGINT NOT NULL,
    customer_name   TEXT,
    listed_name     TEXT,
    reasons         TEXT NOT NULL CHECK (json_valid(reasons)),
    decision        TEXT NOT NULL DEFAULT 'open',
    decision_reason TEXT,
    decided_by      TEXT,
    decided_at      TEXT,
    first_seen      TEXT NOT NULL,
    last_seen       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE INDEX screening_hits_customer ON screening_hits (customer_id, source, entry_ref);

CREATE INDEX screening_hits_decision ON screening_hits (decision);

-- Word-prefix search over the index bodies (storage/search.py: (' ' || body) LIKE '% word%') served by
-- trigram indexes; pg_trgm ships with PostgreSQL and is a trusted extension (the database's owner may add it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$
DECLARE
    name text;
BEGIN
    FOR name IN SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_name LIKE '%\_fts'
    LOOP
        EXECUTE format('CREATE INDEX %I ON %I USING gin ((%L || body) gin_trgm_ops)', name || '_words', name, ' ');
    END LOOP;
END $$;

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit FOR EACH ROW EXECUTE FUNCTION cd_audit_append_only();
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit FOR EACH ROW EXECUTE FUNCTION cd_audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION cd_audit_append_only();

DO $$
DECLARE
    name text;
BEGIN
    FOR name IN SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t USING (table_schema, table_name)
                WHERE c.table_schema = current_schema() AND c.column_name = 'id' AND t.table_type = 'BASE TABLE'
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION cd_assign_id()',
                       name || '_assign_id', name);
    END LOOP;
END $$;
