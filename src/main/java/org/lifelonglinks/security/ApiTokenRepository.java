package org.lifelonglinks.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Stores API tokens as {@code :ApiToken} nodes, found by the SHA-256 hash of the token. */
@Repository
final class ApiTokenRepository {

    /** A stored token, with whether it has been revoked. */
    record StoredToken(ApiTokenView view, boolean revoked) {
    }

    /** A token looked up for use, with its account as it is now (null if the account no longer exists). */
    record TokenUse(StoredToken token, UserAccount account) {
    }

    private final Driver driver;
    private final AuditTrail audit;

    ApiTokenRepository(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    /** Saves a new token with its audit entry; false if there is no such account. */
    boolean create(ApiTokenView token, String hash, AuditEvent event) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", token.id());
        parameters.put("hash", hash);
        parameters.put("prefix", token.prefix());
        parameters.put("name", token.name());
        parameters.put("username", token.username());
        parameters.put("createdBy", token.createdBy());
        parameters.put("createdAt", token.createdAt().atZone(ZoneOffset.UTC));
        parameters.put("expiresOn", token.expiresOn());
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean made = tx.run("""
                                MATCH (u:UserAccount {username: $username})
                                CREATE (t:ApiToken {
                                  id: $id, hash: $hash, prefix: $prefix, name: $name, username: $username,
                                  createdBy: $createdBy, createdAt: $createdAt, expiresOn: $expiresOn
                                })
                                RETURN count(t) > 0 AS made
                                """, parameters).single().get("made").asBoolean();
                if (made) {
                    audit.appendIn(tx, event);
                }
                return made;
            });
        }
    }

    /** The token with this hash and its account, in one read. */
    Optional<TokenUse> findForUse(String hash) {
        return driver.executableQuery("""
                        MATCH (t:ApiToken {hash: $hash})
                        OPTIONAL MATCH (u:UserAccount {username: t.username})
                        RETURN t, u
                        """)
                .withParameters(Map.of("hash", hash))
                .execute()
                .records().stream()
                .findFirst()
                .map(r -> new TokenUse(toToken(r), r.get("u").isNull() ? null : UserAccountRepository.toAccount(r)));
    }

    /** The account's tokens that have not been revoked, newest first. */
    List<ApiTokenView> findByUsername(String username) {
        return driver.executableQuery("""
                        MATCH (t:ApiToken {username: $username})
                        WHERE t.revokedAt IS NULL
                        RETURN t
                        ORDER BY t.createdAt DESC
                        """)
                .withParameters(Map.of("username", username))
                .execute()
                .records().stream()
                .map(r -> toToken(r).view())
                .toList();
    }

    /** Revokes one of the account's tokens with its audit entry; false if the account has no such live token. */
    boolean revoke(String username, String id, Instant at, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean found = tx.run("""
                                MATCH (t:ApiToken {id: $id, username: $username})
                                WHERE t.revokedAt IS NULL
                                SET t.revokedAt = $at
                                RETURN count(t) > 0 AS found
                                """, Map.of("id", id, "username", username, "at", at.atZone(ZoneOffset.UTC)))
                        .single().get("found").asBoolean();
                if (found) {
                    audit.appendIn(tx, event);
                }
                return found;
            });
        }
    }

    void touch(String id, Instant at) {
        driver.executableQuery("""
                        MATCH (t:ApiToken {id: $id})
                        SET t.lastUsedAt = $at
                        """)
                .withParameters(Map.of("id", id, "at", at.atZone(ZoneOffset.UTC)))
                .execute();
    }

    void audit(AuditEvent event) {
        audit.append(event);
    }

    private static StoredToken toToken(Record record) {
        var t = record.get("t").asNode();
        Value lastUsed = t.get("lastUsedAt");
        return new StoredToken(new ApiTokenView(
                t.get("id").asString(),
                t.get("name").asString(),
                t.get("prefix").asString(),
                t.get("username").asString(),
                t.get("createdBy").asString(),
                Instant.from(t.get("createdAt").asZonedDateTime()),
                t.get("expiresOn").asLocalDate(),
                lastUsed.isNull() ? null : Instant.from(lastUsed.asZonedDateTime())),
                !t.get("revokedAt").isNull());
    }
}
