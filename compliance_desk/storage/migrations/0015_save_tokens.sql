-- A save's token: a random UUID the desktop app gives each save of an edit dialog and keeps across
-- retries. It is written in the same transaction as the save, with the number of the save's first
-- audit entry. A save cut off at COMMIT (the connection to a server lost) may or may not have
-- happened; its retry carries the same token, finds it here if it did, and is not written twice.
CREATE TABLE save_tokens (
    token TEXT PRIMARY KEY,
    seq   INTEGER NOT NULL,
    actor TEXT NOT NULL,
    ts    TEXT NOT NULL
);
