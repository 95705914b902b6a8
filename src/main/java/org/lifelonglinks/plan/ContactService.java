package org.lifelonglinks.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.stereotype.Service;

/** Records contact attempts and events and moves the connection's status with them. */
@Service
class ContactService {

    private final ContactRepository contacts;
    private final Safeguarding safeguarding;
    private final WorkAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    ContactService(ContactRepository contacts, Safeguarding safeguarding, WorkAccess access, AuditTrail audit,
            Clock clock) {
        this.contacts = contacts;
        this.safeguarding = safeguarding;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    ContactEvent record(CurrentUser user, String youngPersonId, ContactRequest request) {
        var youngPerson = access.changeable(user, youngPersonId);
        var checked = request.checked(LocalDate.now(clock), youngPerson.dateOfBirth());
        return contacts.record(youngPersonId, checked, user.username());
    }

    ConnectionStatus move(CurrentUser user, String youngPersonId, String personId, StatusRequest request) {
        access.changeable(user, youngPersonId);
        var next = Checks.required("status", request.status());
        return contacts.move(youngPersonId, personId, next, Checks.optionalText("note", request.note()),
                user.username());
    }

    List<ContactEvent> contacts(CurrentUser user, String youngPersonId, String personId) {
        access.readable(user, youngPersonId);
        audit.append(new AuditEvent(user.username(), "CONTACTS_READ", youngPersonId, personId, null));
        return contacts.contacts(youngPersonId, personId);
    }

    List<Progress> progress(CurrentUser user, String youngPersonId) {
        access.readable(user, youngPersonId);
        audit.append(AuditEvent.of(user.username(), "PROGRESS_READ", youngPersonId));
        return contacts.progress(youngPersonId, safeguarding.network(youngPersonId));
    }

    /** A coordinator's request to move a connection's status, e.g. to ENDED. */
    public record StatusRequest(ConnectionStatus status, String note) {
    }
}
