// The young person's own words: (:YoungPerson)-[:SAID]->(:OwnWords:<kind>) (suggestions, wishes, meeting wishes,
// "is it happening?", family knowledge ratings, messages with their coordinator, "I don't feel safe").
CREATE CONSTRAINT own_words_id IF NOT EXISTS
FOR (w:OwnWords)
REQUIRE w.id IS UNIQUE;

// Tasks raised for the young person's words are found by kind and by what they are about.
CREATE INDEX task_kind IF NOT EXISTS
FOR (t:Task)
ON (t.kind);
