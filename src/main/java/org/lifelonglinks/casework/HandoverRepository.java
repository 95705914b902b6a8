package org.lifelonglinks.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.security.CaseloadAccess;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ConflictException;
import org.lifelonglinks.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Repository;

/**
 * Handovers: {@code (:YoungPerson)-[:HAS_HANDOVER]->(:Handover)}. The assignment moves, the old coordinator's open
 * written tasks on the young person move with it, and the handover and its audit are written in one transaction
 * under the young person's lock, so of two handovers sent at once one wins and the other finds the case already
 * gone (409).
 */
@Repository
class HandoverRepository {

    private final Driver driver;
    private final CaseloadAccess caseload;
    private final AuditTrail audit;

    HandoverRepository(Driver driver, CaseloadAccess caseload, AuditTrail audit) {
        this.driver = driver;
        this.caseload = caseload;
        this.audit = audit;
    }

    /** The coordinators assigned to the young person now. */
    List<String> coordinators(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (u:UserAccount)-[:ASSIGNED_TO {role: 'COORDINATOR'}]->(:YoungPerson {id: $id})
                        RETURN u.username AS username ORDER BY username
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream().map(r -> r.get("username").asString()).toList();
    }

    Handover handOver(String youngPersonId, String from, String to, String note, String by, LocalDate today) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var still = tx.run("""
                        MATCH (yp:YoungPerson {id: $id})
                        SET yp.handoverLock = datetime()
                        WITH yp
                        RETURN EXISTS { (:UserAccount {username: $from})-[:ASSIGNED_TO {role: 'COORDINATOR'}]->(yp) } AS assigned
                        """, Map.of("id", youngPersonId, "from", from)).list();
                if (still.isEmpty()) {
                    throw new NotFoundException("Young person");
                }
                if (!still.getFirst().get("assigned").asBoolean()) {
                    throw new ConflictException("fromCoordinator", from + " is no longer this young person's "
                            + "coordinator: the case was handed over or reassigned meanwhile; reload to see who has it");
                }
                caseload.unassignIn(tx, youngPersonId, from, Role.COORDINATOR);
                caseload.assignIn(tx, youngPersonId, to, Role.COORDINATOR);
                int moved = tx.run("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_TASK]->(t:Task {assignedTo: $from})
                        WHERE t.doneOn IS NULL
                        SET t.assignedTo = $to, t.version = coalesce(t.version, 0) + 1
                        RETURN count(t) AS moved
                        """, Map.of("id", youngPersonId, "from", from, "to", to)).single().get("moved").asInt();
                var handover = tx.run("""
                        MATCH (yp:YoungPerson {id: $id})
                        OPTIONAL MATCH (giver:UserAccount {username: $from})
                        OPTIONAL MATCH (taker:UserAccount {username: $to})
                        CREATE (yp)-[:HAS_HANDOVER]->(h:Handover {id: $handoverId, from: $from,
                            fromName: coalesce(giver.displayName, $from), to: $to,
                            toName: coalesce(taker.displayName, $to), on: $today, note: $note, by: $by,
                            tasksMoved: $moved, at: datetime()})
                        RETURN h
                        """, Map.of("id", youngPersonId, "handoverId", UUID.randomUUID().toString(), "from", from,
                        "to", to, "today", today, "note", note, "by", by, "moved", moved))
                        .single().get("h").asNode();
                audit.appendIn(tx, new AuditEvent(by, "CASE_HANDED_OVER", youngPersonId, null,
                        "from " + from + " to " + to + ", " + moved + " open written tasks moved"));
                return toHandover(handover);
            });
        }
    }

    /** The young person's handovers, newest first. */
    List<Handover> handovers(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_HANDOVER]->(h:Handover)
                        RETURN h ORDER BY h.at DESC
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream().map(r -> toHandover(r.get("h").asNode())).toList();
    }

    private static Handover toHandover(Node h) {
        return new Handover(h.get("id").asString(), h.get("from").asString(), h.get("fromName").asString(null),
                h.get("to").asString(), h.get("toName").asString(null), h.get("on").asLocalDate(),
                h.get("note").asString(null), h.get("by").asString(), h.get("tasksMoved").asInt(0),
                h.get("at").asZonedDateTime().toInstant());
    }
}
