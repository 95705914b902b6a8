// Documents and photos: (:YoungPerson)-[:HAS_DOCUMENT]->(:Document); the bytes are in the data folder under sha256.
CREATE CONSTRAINT document_id IF NOT EXISTS
FOR (d:Document)
REQUIRE d.id IS UNIQUE;

// Finding whether any document still holds a file (before removing it) and a repeated upload.
CREATE INDEX document_sha256 IF NOT EXISTS
FOR (d:Document)
ON (d.sha256);
