// The audit trail is read newest first, filtered by young person, person or user.
CREATE INDEX audit_event_at IF NOT EXISTS
FOR (e:AuditEvent)
ON (e.at);

CREATE INDEX audit_event_young_person IF NOT EXISTS
FOR (e:AuditEvent)
ON (e.youngPersonId);

CREATE INDEX audit_event_person IF NOT EXISTS
FOR (e:AuditEvent)
ON (e.personId);

CREATE INDEX audit_event_username IF NOT EXISTS
FOR (e:AuditEvent)
ON (e.username);

// Caseload lists are ordered by name and reported by area team.
CREATE INDEX young_person_area IF NOT EXISTS
FOR (yp:YoungPerson)
ON (yp.area);

CREATE INDEX person_family_name IF NOT EXISTS
FOR (p:Person)
ON (p.familyName);
