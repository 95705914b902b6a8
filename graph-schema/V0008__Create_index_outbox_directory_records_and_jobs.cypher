// Every change the search index must follow is a numbered :IndexChange, written in the changing transaction.
CREATE CONSTRAINT index_change_seq IF NOT EXISTS
FOR (c:IndexChange)
REQUIRE c.seq IS UNIQUE;

// The one counter that numbers them; unique so two first writers cannot make two counters.
CREATE CONSTRAINT change_counter_name IF NOT EXISTS
FOR (k:ChangeCounter)
REQUIRE k.name IS UNIQUE;

// Directory records live in the graph too, so the index can always be rebuilt; one record per id per directory.
CREATE CONSTRAINT directory_record_key IF NOT EXISTS
FOR (r:DirectoryRecord)
REQUIRE (r.directory, r.recordId) IS UNIQUE;

CREATE INDEX directory_record_directory IF NOT EXISTS
FOR (r:DirectoryRecord)
ON (r.directory);

// Background jobs outlive a restart of the service.
CREATE CONSTRAINT background_job_id IF NOT EXISTS
FOR (j:BackgroundJob)
REQUIRE j.id IS UNIQUE;

CREATE INDEX background_job_state IF NOT EXISTS
FOR (j:BackgroundJob)
ON (j.state);
