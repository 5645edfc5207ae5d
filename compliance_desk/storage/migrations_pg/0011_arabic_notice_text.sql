-- The privacy notice is written in Arabic and in English (PDPL Art. 12, 13), so each free text it
-- quotes has an Arabic twin beside the English field: what an activity's purpose details, retention
-- (period, the event it runs from, its legal reason) and automated decisions say, and the profile's
-- fee, identity check and cookie statement.
ALTER TABLE activities ADD COLUMN purpose_details_ar TEXT;
ALTER TABLE activities ADD COLUMN retention_period_ar TEXT;
ALTER TABLE activities ADD COLUMN retention_event_ar TEXT;
ALTER TABLE activities ADD COLUMN retention_reason_ar TEXT;
ALTER TABLE activities ADD COLUMN automated_details_ar TEXT;
ALTER TABLE organisation ADD COLUMN rights_fee_ar TEXT;
ALTER TABLE organisation ADD COLUMN identity_check_ar TEXT;
ALTER TABLE organisation ADD COLUMN cookie_statement_ar TEXT;
