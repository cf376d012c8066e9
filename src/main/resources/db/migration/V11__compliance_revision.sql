-- Bumped with every change the compliance matrix depends on (a completion of a required course, an exemption, a
-- requirement): each instance keeps what the matrix reads in memory and reloads it when the revision moves.
CREATE TABLE compliance_revision (
    id INTEGER PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO compliance_revision (id, revision) VALUES (1, 0);
