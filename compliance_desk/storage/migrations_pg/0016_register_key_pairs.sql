-- The register key's wraps (storage/pg/keys.py), the server's only (the file has no register key):
-- each person gets a key pair, X25519, whose private key is sealed under their register passphrase
-- and whose public key is in clear; the register key is sealed to that public key (scheme 'x25519'),
-- so a rotation by one holder wraps the new key for every other holder without their passphrases.
-- A wrap of the first release (scheme 'passphrase': the register key under the passphrase itself)
-- is read as before and upgraded by its holder's next open. Before this migration the table was
-- made by `server init` beside the migrations; a new register makes it here.
CREATE TABLE IF NOT EXISTS register_keys (
    username    TEXT PRIMARY KEY,
    kdf         TEXT NOT NULL,
    salt        BYTEA NOT NULL,
    wrapped     BYTEA NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
ALTER TABLE register_keys ADD COLUMN IF NOT EXISTS scheme TEXT NOT NULL DEFAULT 'passphrase';
ALTER TABLE register_keys ADD COLUMN IF NOT EXISTS public_key BYTEA;
ALTER TABLE register_keys ADD COLUMN IF NOT EXISTS private_key BYTEA;

-- The register keys a rotation retired, each sealed under the current key (re-sealed at every
-- rotation): the audit history written under an old key still opens for the key's holders, and
-- for nobody else.
CREATE TABLE register_key_ring (
    generation  INTEGER PRIMARY KEY,
    sealed      BYTEA NOT NULL,
    retired_at  TEXT NOT NULL,
    retired_by  TEXT NOT NULL
);
