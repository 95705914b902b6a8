package org.lifelonglinks.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lifelonglinks.security.Role;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Repository;

/**
 * Tasks another module raises for a young person's workers, inside that module's own write transaction (so the
 * young person's words and the task asking a worker to act on them are stored together or not at all). They are
 * written tasks like any other ({@code (:YoungPerson)-[:HAS_TASK]->(:Task)}), one per worker, with a {@link TaskKind}
 * and a {@code ref} to what they are about; they appear in each worker's "needs attention" and are marked done
 * like a hand-written one, or closed by the module when the thing they wait for is done.
 */
@Repository
public class CaseTasks {

    /**
     * Raises one task for every worker assigned to the young person in one of {@code roles}.
     *
     * @param ref what the task is about (the module's record id), to close it later
     * @return the usernames the task was raised for (empty when no such worker is assigned)
     */
    public List<String> raiseIn(TransactionContext tx, String youngPersonId, TaskKind kind, String what,
            String note, LocalDate due, List<Role> roles, String ref, String createdBy) {
        if (kind == TaskKind.WRITTEN) {
            throw new IllegalArgumentException("a raised task has a kind of its own");
        }
        var assignees = tx.run("""
                MATCH (worker:UserAccount)-[assigned:ASSIGNED_TO]->(:YoungPerson {id: $youngPersonId})
                WHERE assigned.role IN $roles
                RETURN DISTINCT worker.username AS username
                ORDER BY username
                """, Map.of("youngPersonId", youngPersonId, "roles", roles.stream().map(Role::name).toList()))
                .list(r -> r.get("username").asString());
        for (String username : assignees) {
            var properties = new HashMap<String, Object>();
            properties.put("id", UUID.randomUUID().toString());
            properties.put("kind", kind.name());
            properties.put("what", what);
            properties.put("note", note);
            properties.put("due", due);
            properties.put("assignedTo", username);
            properties.put("ref", ref);
            properties.put("createdBy", createdBy);
            properties.put("version", 0L);
            tx.run("""
                    MATCH (yp:YoungPerson {id: $youngPersonId})
                    CREATE (yp)-[:HAS_TASK]->(t:Task)
                    SET t = $properties, t.createdAt = datetime()
                    """, Map.of("youngPersonId", youngPersonId, "properties", properties)).consume();
        }
        return assignees;
    }

    /** Marks done every open task of this kind about {@code ref} (all of this kind when ref is null). */
    public int closeIn(TransactionContext tx, String youngPersonId, TaskKind kind, String ref, LocalDate today,
            String doneBy) {
        var parameters = new HashMap<String, Object>();
        parameters.put("youngPersonId", youngPersonId);
        parameters.put("kind", kind.name());
        parameters.put("ref", ref);
        parameters.put("today", today);
        parameters.put("doneBy", doneBy);
        return tx.run("""
                MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_TASK]->(t:Task {kind: $kind})
                WHERE t.doneOn IS NULL AND ($ref IS NULL OR t.ref = $ref)
                SET t.doneOn = $today, t.doneBy = $doneBy, t.version = coalesce(t.version, 0) + 1
                RETURN count(t) AS closed
                """, parameters).single().get("closed").asInt();
    }
}
