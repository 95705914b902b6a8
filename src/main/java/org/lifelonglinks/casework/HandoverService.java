package org.lifelonglinks.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.security.CaseloadAccess;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;
import org.springframework.stereotype.Service;

/**
 * Handing a case to another coordinator: the coordinator handing over their own case, or an administrator (who
 * assigns caseloads). The old coordinator's access ends with it (their next request for the record is a 404), the
 * new one finds the case on their caseload with the note and the open tasks.
 */
@Service
class HandoverService {

    private final HandoverRepository handovers;
    private final NetworkAccess network;
    private final CaseloadAccess caseload;
    private final AuditTrail audit;
    private final Clock clock;

    HandoverService(HandoverRepository handovers, NetworkAccess network, CaseloadAccess caseload, AuditTrail audit,
            Clock clock) {
        this.handovers = handovers;
        this.network = network;
        this.caseload = caseload;
        this.audit = audit;
        this.clock = clock;
    }

    Handover handOver(CurrentUser user, String youngPersonId, HandoverRequest request) {
        if (!(user.isAdmin() || user.is(Role.COORDINATOR))) {
            throw new ForbiddenException("Only the young person's coordinator or an administrator hands a case over");
        }
        network.changeable(user, youngPersonId);
        var checked = request.checked();
        String from;
        if (user.isAdmin()) {
            var current = handovers.coordinators(youngPersonId);
            if (checked.fromCoordinator() != null) {
                // Whether they still hold the case is checked under the young person's lock (409 if not).
                if (!caseload.rolesOf(checked.fromCoordinator()).contains(Role.COORDINATOR)) {
                    throw new InvalidFieldException("fromCoordinator", "fromCoordinator must be the username of a "
                            + "coordinator");
                }
                from = checked.fromCoordinator();
            } else if (current.size() == 1) {
                from = current.getFirst();
            } else if (current.isEmpty()) {
                throw new InvalidFieldException("fromCoordinator", "This young person has no coordinator to hand "
                        + "over from: assign one on the caseloads page instead");
            } else {
                throw new MissingFieldException("fromCoordinator");
            }
        } else {
            if (checked.fromCoordinator() != null && !checked.fromCoordinator().equals(user.username())) {
                throw new InvalidFieldException("fromCoordinator", "A coordinator hands over only their own case");
            }
            from = user.username();
        }
        var roles = caseload.rolesOf(checked.toCoordinator());
        if (!roles.contains(Role.COORDINATOR) || roles.contains(Role.YOUNG_PERSON)) {
            throw new InvalidFieldException("toCoordinator", "toCoordinator must be the username of a coordinator");
        }
        if (checked.toCoordinator().equals(from)) {
            throw new InvalidFieldException("toCoordinator", "toCoordinator is the coordinator handing over");
        }
        return handovers.handOver(youngPersonId, from, checked.toCoordinator(), checked.note(), user.username(),
                LocalDate.now(clock));
    }

    List<Handover> handovers(CurrentUser user, String youngPersonId) {
        if (!(user.isAdmin() || user.is(Role.COORDINATOR) || user.is(Role.SOCIAL_WORKER))) {
            throw new ForbiddenException("Only workers see handovers");
        }
        network.readable(user, youngPersonId);
        audit.append(AuditEvent.of(user.username(), "HANDOVERS_READ", youngPersonId));
        return handovers.handovers(youngPersonId);
    }
}
