-- What the privacy notice tells data subjects beyond the record of processing: how to exercise their
-- rights (channels, where to write, any fee, the answer time: PDPL Implementing Regulation Art. 3),
-- the website and its cookie statement.
ALTER TABLE organisation ADD COLUMN website TEXT;
ALTER TABLE organisation ADD COLUMN rights_channels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rights_channels));
ALTER TABLE organisation ADD COLUMN rights_email TEXT;
ALTER TABLE organisation ADD COLUMN rights_phone TEXT;
ALTER TABLE organisation ADD COLUMN rights_web_form TEXT;
ALTER TABLE organisation ADD COLUMN rights_postal_address TEXT;
ALTER TABLE organisation ADD COLUMN rights_fee TEXT;
ALTER TABLE organisation ADD COLUMN rights_answer_days INTEGER;
ALTER TABLE organisation ADD COLUMN identity_check TEXT;
ALTER TABLE organisation ADD COLUMN cookie_statement TEXT;
