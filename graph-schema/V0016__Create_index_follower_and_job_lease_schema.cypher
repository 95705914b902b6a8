// Several instances on one graph: each instance's search index records how far it has applied the outbox, and the
// outbox keeps a change until every live follower has it (see ChangeOutbox).
CREATE CONSTRAINT index_follower_instance IF NOT EXISTS
FOR (f:IndexFollower)
REQUIRE f.instance IS UNIQUE;

// A running background job is held by its instance under a lease; another instance looks for expired leases.
CREATE INDEX background_job_lease IF NOT EXISTS
FOR (j:BackgroundJob)
ON (j.leaseUntil);
