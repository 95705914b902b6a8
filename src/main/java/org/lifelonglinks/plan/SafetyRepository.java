package org.lifelonglinks.plan;

import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.safeguarding.SafetyDecision;
import org.lifelonglinks.safeguarding.SafetyDecisionKind;
import org.lifelonglinks.safeguarding.SafetyDecisionRepository;
import org.lifelonglinks.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Repository;

/**
 * Records a safety decision and what it does to the connection's status, in one transaction: a do-not-contact
 * decision marks the connection NOT_SAFE, remembering where it stood; lifting it restores that status. The
 * decision itself is kept by the safeguarding module, which alone reads decisions.
 */
@Repository
class SafetyRepository {

    private final Driver driver;
    private final SafetyDecisionRepository safety;
    private final AuditTrail audit;

    SafetyRepository(Driver driver, SafetyDecisionRepository safety, AuditTrail audit) {
        this.driver = driver;
        this.safety = safety;
        this.audit = audit;
    }

    SafetyDecision record(String personId, SafetyDecisionRequest request, String decidedBy, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var state = ConnectionStateRepository.lockAndRead(tx, safety, request.youngPersonId(), personId)
                        .orElseThrow(() -> new NotFoundException("Person in this network"));
                var decision = safety.recordIn(tx, state.connectionId(), new SafetyDecisionRepository.NewDecision(
                        request.decision(), request.basis(), request.conditions(), request.reason(), decidedBy,
                        request.decidedOn(), request.reviewOn(), request.expiresOn()));
                var status = state.status();
                if (request.decision() == SafetyDecisionKind.DO_NOT_CONTACT && status != ConnectionStatus.ENDED
                        && status != ConnectionStatus.NOT_SAFE) {
                    setStatus(tx, state.connectionId(), ConnectionStatus.NOT_SAFE, status);
                } else if (request.decision() != SafetyDecisionKind.DO_NOT_CONTACT
                        && status == ConnectionStatus.NOT_SAFE) {
                    var before = state.statusBeforeNotSafe() == null ? ConnectionStatus.IDENTIFIED
                            : state.statusBeforeNotSafe();
                    setStatus(tx, state.connectionId(), before, null);
                }
                audit.appendIn(tx, event);
                return decision;
            });
        }
    }

    private static void setStatus(org.neo4j.driver.TransactionContext tx, String connectionId,
            ConnectionStatus status, ConnectionStatus before) {
        tx.run("""
                MATCH (c:Connection {id: $connectionId})
                SET c.status = $status, c.statusBeforeNotSafe = $before, c.statusChangedAt = datetime()
                """, CypherParameters.of("connectionId", connectionId, "status", status.name(),
                "before", before == null ? null : before.name())).consume();
    }
}
