package org.lifelonglinks.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.privacy.DataProtection;
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
    private final DataProtection dataProtection;

    ContactService(ContactRepository contacts, Safeguarding safeguarding, WorkAccess access, AuditTrail audit,
            Clock clock, DataProtection dataProtection) {
        this.contacts = contacts;
        this.safeguarding = safeguarding;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.dataProtection = dataProtection;
    }

    /** Refused without the young person's consent on record, and for a person who objected (409 each). */
    ContactEvent record(CurrentUser user, String youngPersonId, ContactRequest request) {
        var youngPerson = access.changeable(user, youngPersonId);
        var checked = request.checked(LocalDate.now(clock), youngPerson.dateOfBirth());
        dataProtection.requireConsent(youngPersonId);
        dataProtection.requireNoObjection(checked.personId());
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
