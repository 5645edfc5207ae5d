-- Full-text search over Arabic-normalised text (the app folds hamza/alef forms, ta marbuta,
-- alef maqsura, diacritics, tatweel and digits before it writes here and before it queries).
-- rowid is the id of the indexed row; the index is derived data, rebuilt from the rows.
CREATE VIRTUAL TABLE activities_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE recipients_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE disclosures_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE customers_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
