// Safety decisions, contact events, the Lifelong Links meeting, plan versions, commitments and reviews.
CREATE CONSTRAINT safety_decision_id IF NOT EXISTS
FOR (d:SafetyDecision)
REQUIRE d.id IS UNIQUE;

CREATE CONSTRAINT contact_event_id IF NOT EXISTS
FOR (e:ContactEvent)
REQUIRE e.id IS UNIQUE;

CREATE CONSTRAINT meeting_young_person IF NOT EXISTS
FOR (m:Meeting)
REQUIRE m.youngPersonId IS UNIQUE;

CREATE CONSTRAINT plan_version IF NOT EXISTS
FOR (p:Plan)
REQUIRE p.versionKey IS UNIQUE;

CREATE CONSTRAINT commitment_id IF NOT EXISTS
FOR (c:Commitment)
REQUIRE c.id IS UNIQUE;

CREATE CONSTRAINT review_id IF NOT EXISTS
FOR (r:Review)
REQUIRE r.id IS UNIQUE;

// The managers' report selects young people by the date of their Lifelong Links meeting.
CREATE INDEX meeting_date IF NOT EXISTS
FOR (m:Meeting)
ON (m.date);
