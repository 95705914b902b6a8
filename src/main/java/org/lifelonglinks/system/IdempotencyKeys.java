package org.lifelonglinks.system;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Repository;

/**
 * Stores {@code :IdempotencyKey} nodes: one per user and key, claimed before the request runs and holding its
 * answer after. The uniqueness constraint on {@code id} (graph-schema V0005) is what stops two requests with one
 * key from both running: the second CREATE waits for the first's commit and then fails.
 */
@Repository
class IdempotencyKeys {

    private final Driver driver;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyKeys(Driver driver, IdempotencyProperties properties, Clock clock) {
        this.driver = driver;
        this.properties = properties;
        this.clock = clock;
    }

    /** A key as stored; {@code status} is 0 while its first request is still running. */
    record Stored(String fingerprint, int status, String contentType, String location, String etag, String body,
            ZonedDateTime claimedAt, ZonedDateTime expiresAt) {

        boolean answered() {
            return status > 0;
        }
    }

    /**
     * The id of a user's key. A key holds no line break (the filter checks), so splitting at the last one gives
     * back exactly this user and key: no two users' keys can share an id.
     */
    static String id(String username, String key) {
        return username + "\n" + key;
    }

    /** Claims the key for a request about to run; false if it is already claimed. */
    boolean claim(String id, String fingerprint) {
        var now = now();
        try {
            driver.executableQuery("""
                            CREATE (k:IdempotencyKey {id: $id})
                            SET k.fingerprint = $fingerprint, k.status = 0, k.claimedAt = $now, k.expiresAt = $expiresAt
                            """)
                    .withParameters(Map.of("id", id, "fingerprint", fingerprint, "now", now,
                            "expiresAt", now.plus(properties.keepFor())))
                    .execute();
            return true;
        } catch (ClientException e) {
            if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                return false;
            }
            throw e;
        }
    }

    Optional<Stored> find(String id) {
        return driver.executableQuery("""
                        MATCH (k:IdempotencyKey {id: $id})
                        RETURN k
                        """)
                .withParameters(Map.of("id", id))
                .execute().records().stream().findFirst()
                .map(r -> {
                    var k = r.get("k").asNode();
                    return new Stored(k.get("fingerprint").asString(), k.get("status").asInt(),
                            k.get("contentType").asString(null), k.get("location").asString(null),
                            k.get("etag").asString(null), k.get("body").asString(null),
                            k.get("claimedAt").asZonedDateTime(), k.get("expiresAt").asZonedDateTime());
                });
    }

    /** True if the stored key no longer counts: expired, or claimed by a request that never finished. */
    boolean stale(Stored stored) {
        var now = now();
        return stored.expiresAt().isBefore(now)
                || !stored.answered() && stored.claimedAt().plus(properties.abandonAfter()).isBefore(now);
    }

    /** Keeps the first answer, to be given again to every repeat. */
    void answer(String id, int status, String contentType, String location, String etag, String body) {
        var answer = new HashMap<String, Object>();
        answer.put("status", status);
        answer.put("contentType", contentType);
        answer.put("location", location);
        answer.put("etag", etag);
        answer.put("body", body);
        driver.executableQuery("""
                        MATCH (k:IdempotencyKey {id: $id})
                        SET k += $answer
                        """)
                .withParameters(Map.of("id", id, "answer", answer))
                .execute();
    }

    /** Lets the key go: the request failed and changed nothing, so a retry with it may run afresh. */
    void release(String id) {
        driver.executableQuery("""
                        MATCH (k:IdempotencyKey {id: $id})
                        DELETE k
                        """)
                .withParameters(Map.of("id", id))
                .execute();
    }

    /** Removes one stale key, unless another request has replaced it meanwhile. */
    void removeStale(String id, Stored stored) {
        driver.executableQuery("""
                        MATCH (k:IdempotencyKey {id: $id})
                        WHERE k.claimedAt = $claimedAt
                        DELETE k
                        """)
                .withParameters(Map.of("id", id, "claimedAt", stored.claimedAt()))
                .execute();
    }

    /** Forgets every expired key; returns how many. */
    int removeExpired() {
        return driver.executableQuery("""
                        MATCH (k:IdempotencyKey)
                        WHERE k.expiresAt < $now
                        DELETE k
                        RETURN count(*) AS removed
                        """)
                .withParameters(Map.of("now", now()))
                .execute().records().getFirst().get("removed").asInt();
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(ZoneOffset.UTC);
    }
}
