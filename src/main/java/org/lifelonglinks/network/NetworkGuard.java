package org.lifelonglinks.network;

import java.util.List;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.security.CaseloadAccess;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Checks every access to a young person's records against the caseload rules. A record the user may not see
 * answers exactly as a missing one (404), and the refusal is audited.
 */
@Component
class NetworkGuard {

    private final YoungPersonRepository youngPeople;
    private final PersonRepository people;
    private final CaseloadAccess caseload;
    private final AuditTrail audit;

    NetworkGuard(YoungPersonRepository youngPeople, PersonRepository people, CaseloadAccess caseload,
            AuditTrail audit) {
        this.youngPeople = youngPeople;
        this.people = people;
        this.caseload = caseload;
        this.audit = audit;
    }

    YoungPerson readable(CurrentUser user, String youngPersonId) {
        var youngPerson = youngPeople.find(youngPersonId).orElseThrow(() -> notFound("Young person"));
        if (!caseload.canRead(user, youngPersonId)) {
            refuse(user, youngPersonId, null);
            throw notFound("Young person");
        }
        return youngPerson;
    }

    YoungPerson changeable(CurrentUser user, String youngPersonId) {
        var youngPerson = readable(user, youngPersonId);
        if (!caseload.canChange(user, youngPersonId)) {
            throw new ForbiddenException("Your role can read this record but not change it");
        }
        return youngPerson;
    }

    /** The networks holding this person that the user may read; 404 if there are none. */
    List<String> readableNetworksOf(CurrentUser user, String personId) {
        return networksOf(user, personId, false);
    }

    /** The networks holding this person that the user may change; 404 if there are none. */
    List<String> changeableNetworksOf(CurrentUser user, String personId) {
        return networksOf(user, personId, true);
    }

    private List<String> networksOf(CurrentUser user, String personId, boolean change) {
        var networks = people.networksOf(personId);
        var allowed = networks.stream()
                .filter(id -> change ? caseload.canChange(user, id) : caseload.canRead(user, id))
                .toList();
        if (allowed.isEmpty()) {
            if (!networks.isEmpty()) {
                refuse(user, null, personId);
            }
            throw notFound("Person");
        }
        return allowed;
    }

    private void refuse(CurrentUser user, String youngPersonId, String personId) {
        audit.append(new AuditEvent(user.username(), AuditActions.ACCESS_REFUSED, youngPersonId, personId, null));
    }

    private static NotFoundException notFound(String what) {
        return new NotFoundException(what);
    }
}
