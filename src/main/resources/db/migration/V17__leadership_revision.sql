-- Bumped with every change to project assignments: each instance keeps who led which project when in memory (months
-- leading projects for the career ladder and eligibility) and reloads it when the revision moves.
CREATE TABLE leadership_revision (
    id INTEGER PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO leadership_revision (id, revision) VALUES (1, 0);
