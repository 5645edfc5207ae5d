-- The organisation's address in English (letters and notices in English print it; the Arabic
-- `address` stays the national address as registered), and an activity's confirmation that its data
-- goes to no recipient outside the organisation: an activity with no recipient listed is otherwise
-- ambiguous (none, or not yet recorded) in the record of processing and the privacy notice.
ALTER TABLE organisation ADD COLUMN address_en TEXT;
ALTER TABLE activities ADD COLUMN no_outside_recipients INTEGER NOT NULL DEFAULT 0;
