-- How many of the next level's required competencies each person meets, kept so that a lead's list of thousands
-- reads one row per person. A row counts only for the level and requirements it was computed against
-- (signature); a new rating removes the person's row.
CREATE TABLE readiness_tally (
    person_id  BIGINT      PRIMARY KEY REFERENCES person (id),
    level_code VARCHAR(40) NOT NULL,
    signature  VARCHAR(64) NOT NULL,
    met        INT         NOT NULL
);
