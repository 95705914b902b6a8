// A POST sent again with the same Idempotency-Key answers what the first one answered. One node per user and key:
// the constraint makes a second request with the same key wait for the first instead of creating twice.
CREATE CONSTRAINT idempotency_key_id IF NOT EXISTS
FOR (k:IdempotencyKey)
REQUIRE k.id IS UNIQUE;

// Keys are forgotten a day after their first use.
CREATE INDEX idempotency_key_expiry IF NOT EXISTS
FOR (k:IdempotencyKey)
ON (k.expiresAt);
