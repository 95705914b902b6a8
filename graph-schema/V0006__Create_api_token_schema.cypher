// API tokens for scripts: found by the SHA-256 hash of the token, revoked by id, listed per account.
CREATE CONSTRAINT api_token_id IF NOT EXISTS
FOR (t:ApiToken)
REQUIRE t.id IS UNIQUE;

CREATE CONSTRAINT api_token_hash IF NOT EXISTS
FOR (t:ApiToken)
REQUIRE t.hash IS UNIQUE;

CREATE INDEX api_token_username IF NOT EXISTS
FOR (t:ApiToken)
ON (t.username);
