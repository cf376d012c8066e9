-- A person's experience log summed by process group, ceremony and status, rewritten with every change to the log, so
-- that the summary of thousands of entries reads a few rows. '-' stands for no ceremony.
CREATE TABLE experience_total (
    person_id BIGINT NOT NULL REFERENCES person (id),
    process_group VARCHAR(30) NOT NULL,
    ceremony VARCHAR(30) NOT NULL,
    ceremony_role VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL,
    entries INT NOT NULL,
    hours NUMERIC(12, 2) NOT NULL,
    PRIMARY KEY (person_id, process_group, ceremony, ceremony_role, status)
);

INSERT INTO experience_total (person_id, process_group, ceremony, ceremony_role, status, entries, hours)
SELECT person_id, process_group, COALESCE(ceremony, '-'), COALESCE(ceremony_role, '-'), status, COUNT(*), SUM(hours)
  FROM experience_entry GROUP BY person_id, process_group, COALESCE(ceremony, '-'), COALESCE(ceremony_role, '-'), status;

-- The log is read newest first, a page at a time.
DROP INDEX experience_entry_person;
CREATE INDEX experience_entry_person ON experience_entry (person_id, occurred_on DESC, id DESC);
