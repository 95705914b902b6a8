package org.lifelonglinks.security;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Decides which young people's records a user may reach.
 * <ul>
 * <li>an administrator: everyone's;</li>
 * <li>a coordinator or social worker: those assigned to them ({@code (:UserAccount)-[:ASSIGNED_TO]->(:YoungPerson)});</li>
 * <li>a young person: only their own;</li>
 * <li>a manager: no one's.</li>
 * </ul>
 * Only administrators and assigned coordinators may change a record.
 */
@Repository
public final class CaseloadAccess {

    private final Driver driver;

    CaseloadAccess(Driver driver) {
        this.driver = driver;
    }

    public boolean canRead(CurrentUser user, String youngPersonId) {
        if (user.isAdmin()) {
            return true;
        }
        if (user.is(Role.YOUNG_PERSON)) {
            return youngPersonId.equals(user.youngPersonId());
        }
        return (user.is(Role.COORDINATOR) || user.is(Role.SOCIAL_WORKER)) && isAssigned(user, youngPersonId);
    }

    public boolean canChange(CurrentUser user, String youngPersonId) {
        return user.isAdmin() || (user.is(Role.COORDINATOR) && isAssigned(user, youngPersonId));
    }

    /** Whether the user may see every young person, so lists need no caseload filter. */
    public boolean seesEveryone(CurrentUser user) {
        return user.isAdmin();
    }

    /** Assigns a worker to a young person inside the caller's transaction; idempotent. */
    public void assignIn(TransactionContext tx, String youngPersonId, String username, Role role) {
        tx.run("""
                MATCH (u:UserAccount {username: $username})
                MATCH (yp:YoungPerson {id: $youngPersonId})
                MERGE (u)-[a:ASSIGNED_TO]->(yp)
                SET a.role = $role
                """, Map.of("username", username, "youngPersonId", youngPersonId, "role", role.name())).consume();
    }

    /** Removes an assignment inside the caller's transaction; true if there was one. */
    public boolean unassignIn(TransactionContext tx, String youngPersonId, String username, Role role) {
        return tx.run("""
                        MATCH (:UserAccount {username: $username})-[a:ASSIGNED_TO {role: $role}]->(:YoungPerson {id: $youngPersonId})
                        DELETE a
                        RETURN count(a) AS removed
                        """, Map.of("username", username, "youngPersonId", youngPersonId, "role", role.name()))
                .single().get("removed").asInt() > 0;
    }

    /** The roles an account holds, or an empty list if there is no such account. */
    public List<Role> rolesOf(String username) {
        return driver.executableQuery("""
                        MATCH (u:UserAccount {username: $username})
                        RETURN u.roles AS roles
                        """)
                .withParameters(Map.of("username", username))
                .execute()
                .records().stream()
                .flatMap(r -> r.get("roles").asList(Value::asString).stream())
                .map(Role::valueOf)
                .toList();
    }

    private boolean isAssigned(CurrentUser user, String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:UserAccount {username: $username})-[:ASSIGNED_TO]->(yp:YoungPerson {id: $youngPersonId})
                        RETURN count(yp) > 0 AS assigned
                        """)
                .withParameters(Map.of("username", user.username(), "youngPersonId", youngPersonId))
                .execute()
                .records().getFirst().get("assigned").asBoolean();
    }
}
