-- The law a "legal obligation" legal basis rests on, in English and in Arabic: the privacy notice names
-- it beside the basis (PDPL Art. 13 asks for the statutory basis of the collection; "what the law
-- obliges us to do" alone names no law), and marks it as a gap to complete while it is not recorded.
ALTER TABLE activities ADD COLUMN legal_obligation_law TEXT;
ALTER TABLE activities ADD COLUMN legal_obligation_law_ar TEXT;
