// Every record is found by its id; ids are unique per label.
CREATE CONSTRAINT person_id IF NOT EXISTS
FOR (p:Person)
REQUIRE p.id IS UNIQUE;

CREATE CONSTRAINT young_person_id IF NOT EXISTS
FOR (yp:YoungPerson)
REQUIRE yp.id IS UNIQUE;

// The council's case id identifies a young person too.
CREATE CONSTRAINT young_person_local_id IF NOT EXISTS
FOR (yp:YoungPerson)
REQUIRE yp.localId IS UNIQUE;

CREATE CONSTRAINT connection_id IF NOT EXISTS
FOR (c:Connection)
REQUIRE c.id IS UNIQUE;

// One connection per young person and person, even when two coordinators add the same person at once.
CREATE CONSTRAINT connection_pair IF NOT EXISTS
FOR (c:Connection)
REQUIRE c.pairKey IS UNIQUE;

CREATE CONSTRAINT contact_details_person IF NOT EXISTS
FOR (c:ContactDetails)
REQUIRE c.personId IS UNIQUE;

CREATE CONSTRAINT user_account_username IF NOT EXISTS
FOR (u:UserAccount)
REQUIRE u.username IS UNIQUE;

CREATE CONSTRAINT audit_event_id IF NOT EXISTS
FOR (e:AuditEvent)
REQUIRE e.id IS UNIQUE;
