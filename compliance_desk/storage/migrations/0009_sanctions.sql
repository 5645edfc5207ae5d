-- Sanctions and PEP screening (issue 19): list versions and their entries, screening runs, hits.
-- A list version is one imported file: its SHA-256, source, generation date and entry count are
-- also in the audit chain (the import's audit entry). Entries keep the parsed content as JSON.
CREATE TABLE list_versions (
    id           INTEGER PRIMARY KEY,
    reference    TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL,
    title        TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    generated    TEXT,
    entry_count  INTEGER NOT NULL,
    individuals  INTEGER NOT NULL DEFAULT 0,
    entities     INTEGER NOT NULL DEFAULT 0,
    vessels      INTEGER NOT NULL DEFAULT 0,
    added        INTEGER NOT NULL DEFAULT 0,
    changed      INTEGER NOT NULL DEFAULT 0,
    removed      INTEGER NOT NULL DEFAULT 0,
    previous_id  INTEGER REFERENCES list_versions (id),
    status       TEXT NOT NULL DEFAULT 'current',
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX list_versions_source ON list_versions (source, title, status);

CREATE TABLE list_entries (
    id            INTEGER PRIMARY KEY,
    version_id    INTEGER NOT NULL REFERENCES list_versions (id),
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
    id           INTEGER PRIMARY KEY,
    reference    TEXT NOT NULL UNIQUE,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    trigger      TEXT NOT NULL,
    scope        TEXT NOT NULL,
    versions     TEXT NOT NULL CHECK (json_valid(versions)),
    threshold    INTEGER NOT NULL,
    customers    INTEGER NOT NULL DEFAULT 0,
    raised       INTEGER NOT NULL DEFAULT 0,
    suppressed   INTEGER NOT NULL DEFAULT 0,
    lapsed       INTEGER NOT NULL DEFAULT 0,
    status       TEXT NOT NULL DEFAULT 'complete',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX screening_runs_started ON screening_runs (started_at);

CREATE TABLE screening_hits (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    customer_id     INTEGER NOT NULL REFERENCES customers (id),
    entry_id        INTEGER NOT NULL REFERENCES list_entries (id),
    version_id      INTEGER NOT NULL REFERENCES list_versions (id),
    run_id          INTEGER REFERENCES screening_runs (id),
    source          TEXT NOT NULL,
    entry_ref       TEXT NOT NULL,
    entry_hash      TEXT NOT NULL,
    customer_hash   TEXT NOT NULL,
    score           INTEGER NOT NULL,
    name_score      INTEGER NOT NULL,
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
