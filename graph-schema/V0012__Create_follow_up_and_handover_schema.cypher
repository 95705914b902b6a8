// Follow-ups 6 and 12 months after the meeting: (:YoungPerson)-[:HAS_FOLLOW_UP]->(:FollowUp)-[:FOLLOWED_UP]->(:Commitment).
CREATE CONSTRAINT follow_up_id IF NOT EXISTS
FOR (f:FollowUp)
REQUIRE f.id IS UNIQUE;

// Handovers of a case between coordinators: (:YoungPerson)-[:HAS_HANDOVER]->(:Handover).
CREATE CONSTRAINT handover_id IF NOT EXISTS
FOR (h:Handover)
REQUIRE h.id IS UNIQUE;
