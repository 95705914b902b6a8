// People imported from a council's case system keep its id for them, so a second import updates, not duplicates.
CREATE CONSTRAINT person_case_id IF NOT EXISTS
FOR (p:Person)
REQUIRE p.caseId IS UNIQUE;
