// Notifications in the bell: one per worker and key (an event's own key, or a task's id and due state).
CREATE CONSTRAINT notification_id IF NOT EXISTS
FOR (n:Notification)
REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT notification_worker_key IF NOT EXISTS
FOR (n:Notification)
REQUIRE (n.username, n.key) IS UNIQUE;

CREATE INDEX notification_young_person IF NOT EXISTS
FOR (n:Notification)
ON (n.youngPersonId);

// E-mails waiting to be sent (a durable outbox): by id, and the sender's look-up of what is pending.
CREATE CONSTRAINT outgoing_mail_id IF NOT EXISTS
FOR (m:OutgoingMail)
REQUIRE m.id IS UNIQUE;

CREATE INDEX outgoing_mail_state IF NOT EXISTS
FOR (m:OutgoingMail)
ON (m.state, m.nextAttemptAt);

CREATE INDEX notification_username IF NOT EXISTS
FOR (n:Notification)
ON (n.username);
