-- Finding a printed seal in the chain (a prefix of its hash: a range over this index) and the
-- exports and their file hashes (`verify --seal/--file`, `seals`) without reading every entry.
CREATE INDEX audit_hash ON audit (hash);
CREATE INDEX audit_action ON audit (action, seq);
