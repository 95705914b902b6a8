// Browser sessions kept in the graph, so any instance of the service can answer any request (see Neo4jSessions).
CREATE CONSTRAINT http_session_id IF NOT EXISTS
FOR (x:HttpSession)
REQUIRE x.id IS UNIQUE;

// Signing an account out everywhere when it changes.
CREATE INDEX http_session_principal IF NOT EXISTS
FOR (x:HttpSession)
ON (x.principal);

// The sweep of sessions nobody came back for.
CREATE INDEX http_session_expires IF NOT EXISTS
FOR (x:HttpSession)
ON (x.expiresAt);
