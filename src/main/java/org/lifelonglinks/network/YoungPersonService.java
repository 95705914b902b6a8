package org.lifelonglinks.network;

import java.util.List;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.security.CaseloadAccess;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Young people's records: referral, changes, and which workers are assigned. */
@Service
public class YoungPersonService {

    private final YoungPersonRepository youngPeople;
    private final NetworkGuard guard;
    private final CaseloadAccess caseload;
    private final AuditTrail audit;
    private final NetworkProperties properties;
    private final ApplicationEventPublisher events;

    YoungPersonService(YoungPersonRepository youngPeople, NetworkGuard guard, CaseloadAccess caseload,
            AuditTrail audit, NetworkProperties properties, ApplicationEventPublisher events) {
        this.youngPeople = youngPeople;
        this.guard = guard;
        this.caseload = caseload;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
    }

    /** Refers a new young person; a coordinator who does so is assigned to them. */
    public YoungPerson create(CurrentUser user, NewYoungPerson request) {
        if (!user.isAdmin() && !user.is(Role.COORDINATOR)) {
            throw new ForbiddenException("Only coordinators and administrators can add young people");
        }
        var details = requireKnownArea(request.toDetails());
        String id = UUID.randomUUID().toString();
        youngPeople.create(id, details, user, AuditEvent.of(user.username(), AuditActions.YOUNG_PERSON_CREATED, id));
        events.publishEvent(new PersonSaved(id));
        return youngPeople.find(id).orElseThrow();
    }

    public YoungPerson get(CurrentUser user, String id) {
        var youngPerson = guard.readable(user, id);
        audit.append(AuditEvent.of(user.username(), AuditActions.YOUNG_PERSON_READ, id));
        return youngPerson;
    }

    /** The young people the user may see: everyone for an administrator, otherwise their caseload. */
    public List<YoungPerson> list(CurrentUser user) {
        List<YoungPerson> visible;
        if (caseload.seesEveryone(user)) {
            visible = youngPeople.list(null);
        } else if (user.is(Role.YOUNG_PERSON)) {
            visible = youngPeople.find(user.youngPersonId()).stream().toList();
        } else {
            visible = youngPeople.list(user.username());
        }
        audit.append(AuditEvent.of(user.username(), AuditActions.YOUNG_PEOPLE_LISTED, null)
                .withDetail(visible.size() + " records"));
        return visible;
    }

    /**
     * Changes a young person's record. With {@code expectedVersion} the change is refused (412) if someone else
     * changed the record since; without it the fields sent are applied to the record as it is now.
     */
    public YoungPerson update(CurrentUser user, String id, Long expectedVersion, YoungPersonChanges changes) {
        guard.changeable(user, id);
        youngPeople.update(id, expectedVersion, current -> requireKnownArea(changes.applyTo(current)),
                AuditEvent.of(user.username(), AuditActions.YOUNG_PERSON_UPDATED, id));
        events.publishEvent(new PersonSaved(id));
        return youngPeople.find(id).orElseThrow();
    }

    /** Assigns a coordinator or social worker to a young person (administrators only). */
    public YoungPerson assign(CurrentUser admin, String id, String username, Role role) {
        requireExists(id);
        if (!caseload.rolesOf(username).contains(role)) {
            throw new InvalidFieldException("username",
                    "there is no " + role.name().toLowerCase().replace('_', ' ') + " account '" + username + "'");
        }
        youngPeople.assign(id, username, role, AuditEvent.of(admin.username(), AuditActions.WORKER_ASSIGNED, id)
                .withDetail(role + " " + username));
        return youngPeople.find(id).orElseThrow();
    }

    public YoungPerson unassign(CurrentUser admin, String id, String username, Role role) {
        requireExists(id);
        if (!youngPeople.unassign(id, username, role, AuditEvent.of(admin.username(),
                AuditActions.WORKER_UNASSIGNED, id).withDetail(role + " " + username))) {
            throw new NotFoundException("Assignment of " + username);
        }
        return youngPeople.find(id).orElseThrow();
    }

    private void requireExists(String id) {
        if (!youngPeople.exists(id)) {
            throw new NotFoundException("Young person");
        }
    }

    private YoungPersonDetails requireKnownArea(YoungPersonDetails details) {
        if (!properties.areas().contains(details.area())) {
            throw new InvalidFieldException("area",
                    "area '" + details.area() + "' is not one of the area teams " + properties.areas());
        }
        return details;
    }
}
