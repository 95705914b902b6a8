// Tasks workers write for a young person's work: (:YoungPerson)-[:HAS_TASK]->(:Task). Computed tasks are never stored.
CREATE CONSTRAINT task_id IF NOT EXISTS
FOR (t:Task)
REQUIRE t.id IS UNIQUE;

// Case notes: (:YoungPerson)-[:HAS_NOTE]->(:CaseNote); a correction is a new version of the same note id.
CREATE CONSTRAINT case_note_version_key IF NOT EXISTS
FOR (n:CaseNote)
REQUIRE n.versionKey IS UNIQUE;
