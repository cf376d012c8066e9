-- The directory's free-text search matches one lower-cased column, written with the person.
ALTER TABLE person ADD COLUMN search_text VARCHAR(800);
UPDATE person SET search_text = LOWER(full_name || ' ' || email || ' ' || COALESCE(job_title, ''));

-- Bumped in the same transaction as every change to people or their roles, so that each instance's in-memory
-- directory index knows, with one cheap read, whether it is still current.
CREATE TABLE directory_revision (
    id       INT    PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO directory_revision (id, revision) VALUES (1, 0);
