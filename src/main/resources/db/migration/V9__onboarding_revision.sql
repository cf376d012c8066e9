-- Bumped with every change to onboarding plans and their tasks, so that each instance knows when the overview of
-- running plans it keeps is stale.
CREATE TABLE onboarding_revision (
    id       INT    PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO onboarding_revision (id, revision) VALUES (1, 0);
