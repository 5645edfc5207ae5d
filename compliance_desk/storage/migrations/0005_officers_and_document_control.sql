-- The AML/KYC officer beside the data-protection officer (Saudi AML Law: the compliance officer the
-- KYC report names), and the document-control defaults printed on every report's cover.
ALTER TABLE organisation ADD COLUMN aml_officer_name TEXT;
ALTER TABLE organisation ADD COLUMN aml_officer_email TEXT;
ALTER TABLE organisation ADD COLUMN aml_officer_phone TEXT;
ALTER TABLE organisation ADD COLUMN report_version TEXT;
ALTER TABLE organisation ADD COLUMN report_prepared_by TEXT;
ALTER TABLE organisation ADD COLUMN report_approved_by TEXT;
ALTER TABLE organisation ADD COLUMN report_distribution TEXT;
