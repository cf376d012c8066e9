-- Bumped with every change to the career ladder, so that each instance knows when the ladder it keeps is stale.
CREATE TABLE ladder_revision (
    id       INT    PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO ladder_revision (id, revision) VALUES (1, 0);
