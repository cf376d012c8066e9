-- Bumped with every change to credentials held: each instance keeps who holds what until when in memory, for the
-- career ladder's "certification held" criterion over lists of thousands.
CREATE TABLE credential_revision (
    id INTEGER PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO credential_revision (id, revision) VALUES (1, 0);
