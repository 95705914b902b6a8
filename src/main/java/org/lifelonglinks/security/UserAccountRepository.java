package org.lifelonglinks.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Stores accounts as {@code :UserAccount} nodes. */
@Repository
final class UserAccountRepository {

    private final Driver driver;
    private final AuditTrail audit;

    UserAccountRepository(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    Optional<UserAccount> findByUsername(String username) {
        return driver.executableQuery("""
                        MATCH (u:UserAccount {username: $username})
                        RETURN u
                        """)
                .withParameters(java.util.Map.of("username", username))
                .execute()
                .records().stream()
                .findFirst()
                .map(UserAccountRepository::toAccount);
    }

    List<UserAccount> findAll() {
        return driver.executableQuery("""
                        MATCH (u:UserAccount)
                        RETURN u
                        ORDER BY u.username
                        """)
                .execute()
                .records().stream()
                .map(UserAccountRepository::toAccount)
                .toList();
    }

    boolean anyAdmin() {
        return driver.executableQuery("""
                        MATCH (u:UserAccount)
                        WHERE 'ADMIN' IN u.roles
                        RETURN count(u) > 0 AS any
                        """)
                .execute()
                .records().getFirst().get("any").asBoolean();
    }

    boolean youngPersonExists(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $id})
                        RETURN count(yp) > 0 AS found
                        """)
                .withParameters(java.util.Map.of("id", youngPersonId))
                .execute()
                .records().getFirst().get("found").asBoolean();
    }

    /** Saves a new account together with its audit entry; false if the username is taken. */
    boolean create(UserAccount account, AuditEvent event) {
        var parameters = new HashMap<String, Object>();
        parameters.put("username", account.username());
        parameters.put("passwordHash", account.passwordHash());
        parameters.put("displayName", account.displayName());
        parameters.put("roles", account.roles().stream().map(Enum::name).sorted().toList());
        parameters.put("youngPersonId", account.youngPersonId());
        parameters.put("enabled", account.enabled());
        parameters.put("createdAt", account.createdAt().atZone(ZoneOffset.UTC));
        parameters.put("email", account.email());
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean taken = tx.run("""
                                MATCH (u:UserAccount {username: $username})
                                RETURN count(u) > 0 AS taken
                                """, parameters)
                        .single().get("taken").asBoolean();
                if (taken) {
                    return false;
                }
                tx.run("""
                        CREATE (u:UserAccount {
                          username: $username, passwordHash: $passwordHash, displayName: $displayName,
                          roles: $roles, youngPersonId: $youngPersonId, enabled: $enabled, createdAt: $createdAt,
                          email: $email
                        })
                        """, parameters).consume();
                audit.appendIn(tx, event);
                return true;
            });
        }
    }

    /** What an update writes: the account as it should be, and the audit entry to write with it. */
    record Update(String displayName, Set<Role> roles, boolean enabled, String email, AuditEvent event) {
    }

    /**
     * Reads the account and writes what {@code decide} makes of it, in one transaction, so the rules it checks
     * hold for what is written. {@code decide} may throw to refuse; then nothing is written. Empty if there is no
     * such account.
     */
    Optional<UserAccount> update(String username, java.util.function.Function<UserAccount, Update> decide) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var found = tx.run("""
                                MATCH (u:UserAccount {username: $username})
                                RETURN u
                                """, java.util.Map.of("username", username)).list();
                if (found.isEmpty()) {
                    return Optional.<UserAccount>empty();
                }
                var update = decide.apply(toAccount(found.getFirst()));
                var parameters = new HashMap<String, Object>();
                parameters.put("username", username);
                parameters.put("displayName", update.displayName());
                parameters.put("roles", update.roles().stream().map(Enum::name).sorted().toList());
                parameters.put("enabled", update.enabled());
                parameters.put("email", update.email());
                var saved = tx.run("""
                                MATCH (u:UserAccount {username: $username})
                                SET u.displayName = $displayName, u.roles = $roles, u.enabled = $enabled,
                                    u.email = $email, u.updatedAt = datetime()
                                RETURN u
                                """, parameters).single();
                audit.appendIn(tx, update.event());
                return Optional.of(toAccount(saved));
            });
        }
    }

    /** Replaces the password hash, with its audit entry; false if there is no such account. */
    boolean setPasswordHash(String username, String passwordHash, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean found = tx.run("""
                                MATCH (u:UserAccount {username: $username})
                                SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime()
                                RETURN count(u) > 0 AS found
                                """, java.util.Map.of("username", username, "passwordHash", passwordHash))
                        .single().get("found").asBoolean();
                if (found) {
                    audit.appendIn(tx, event);
                }
                return found;
            });
        }
    }

    /** Records an event about accounts that changes nothing stored (an unlock: blocks are kept in memory). */
    void audit(AuditEvent event) {
        audit.append(event);
    }

    static UserAccount toAccount(Record record) {
        var u = record.get("u").asNode();
        Set<Role> roles = u.get("roles").asList(Value::asString).stream()
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new UserAccount(
                u.get("username").asString(),
                u.get("passwordHash").asString(),
                u.get("displayName").asString(null),
                roles,
                u.get("youngPersonId").asString(null),
                u.get("enabled").asBoolean(true),
                Instant.from(u.get("createdAt").asZonedDateTime()),
                u.get("email").asString(null));
    }
}
