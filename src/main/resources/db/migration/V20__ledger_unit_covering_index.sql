-- A ledger is evaluated from its units alone: with every column the evaluation reads in the person index, both
-- databases answer a person's units (the ledger page, the daily scan over thousands of people) from the index.
DROP INDEX ledger_unit_person;
CREATE INDEX ledger_unit_person ON ledger_unit (person_id, earned_on, category, units, entry_id);
