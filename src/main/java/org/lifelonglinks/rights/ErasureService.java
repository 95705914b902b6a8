package org.lifelonglinks.rights;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.documents.DocumentBytes;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.PersonSaved;
import org.lifelonglinks.privacy.DataProtection;
import org.lifelonglinks.privacy.ErasureRequest;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ConflictException;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.TextRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Erasure on an administrator's approval. A coordinator asks (the person is kept from the young person's views
 * from that moment); an administrator erases, at once, unless a legal hold stands. The audit keeps a tombstone:
 * who, when, why, and the erased id, never the person's data; so the reason may not name them.
 */
@Service
class ErasureService {

    private final ErasureRepository erasures;
    private final NetworkAccess access;
    private final DataProtection dataProtection;
    private final ApplicationEventPublisher events;
    private final DocumentBytes documentBytes;
    private final Clock clock;

    ErasureService(ErasureRepository erasures, NetworkAccess access, DataProtection dataProtection,
            ApplicationEventPublisher events, DocumentBytes documentBytes, Clock clock) {
        this.erasures = erasures;
        this.access = access;
        this.dataProtection = dataProtection;
        this.events = events;
        this.documentBytes = documentBytes;
        this.clock = clock;
    }

    /** What became of an erasure asked for: {@code REQUESTED} (waiting for an administrator) or {@code ERASED}. */
    record Outcome(String state, String personId, boolean youngPerson, String by, Instant at, String reason,
            List<String> erasedPeople) {
    }

    Outcome erasePerson(CurrentUser user, String personId, ErasureBody body) {
        requireWorker(user);
        var person = access.person(personId).orElseThrow(() -> new NotFoundException("Person"));
        if (!user.isAdmin()) {
            access.changeableNetworksOf(user, personId);
        }
        if (access.allNetworksOf(personId).contains(personId)) {
            throw new ConflictException("personId", "This is a young person: their whole record is erased with "
                    + "POST /api/young-people/{id}/erasure");
        }
        String reason = reason(body, List.of(person));
        return carryOut(user, personId, false, reason, () -> erasures.erasePerson(personId,
                new AuditEvent(user.username(), "PERSON_ERASED", null, personId, tombstone(personId, reason))));
    }

    Outcome eraseYoungPerson(CurrentUser user, String youngPersonId, ErasureBody body) {
        requireWorker(user);
        var youngPerson = user.isAdmin() ? access.readable(user, youngPersonId)
                : access.changeable(user, youngPersonId);
        var asPerson = access.person(youngPersonId).orElseThrow(() -> new NotFoundException("Young person"));
        String reason = reason(body, List.of(asPerson));
        return carryOut(user, youngPersonId, true, reason, () -> erasures.eraseYoungPerson(youngPerson.id(),
                new AuditEvent(user.username(), "YOUNG_PERSON_ERASED", youngPersonId, null,
                        tombstone(youngPersonId, reason))));
    }

    private Outcome carryOut(CurrentUser user, String id, boolean youngPerson, String reason,
            java.util.function.Supplier<ErasureRepository.Erased> erase) {
        if (!user.isAdmin()) {
            dataProtection.requestErasure(user, id, youngPerson ? id : null, reason);
            return new Outcome("REQUESTED", id, youngPerson, user.username(), clock.instant(), reason, List.of());
        }
        dataProtection.requireNoLegalHold(id);
        var erased = erase.get();
        // The documents' descriptions went with the transaction; their files follow unless another record's
        // document holds the same content.
        documentBytes.release(erased.documentHashes());
        // The index follows the outbox; this makes it apply the removal before the answer goes out.
        events.publishEvent(new PersonSaved(id));
        return new Outcome("ERASED", id, youngPerson, user.username(), clock.instant(), reason, erased.personIds());
    }

    /** The tombstone's words: the reason, and who asked first if a worker did. */
    private String tombstone(String id, String reason) {
        var request = dataProtection.erasureRequests().stream().filter(r -> r.personId().equals(id)).findFirst();
        return "reason: " + reason + request.map(r -> "; asked for by " + r.requestedBy() + " at " + r.requestedAt())
                .orElse("");
    }

    /** An administrator declines an erasure a worker asked for. */
    void decline(CurrentUser admin, String personId) {
        if (!admin.isAdmin()) {
            throw new ForbiddenException("Only an administrator decides on erasure");
        }
        if (dataProtection.erasureRequests().stream().noneMatch(r -> r.personId().equals(personId))) {
            throw new NotFoundException("Erasure request");
        }
        dataProtection.declineErasure(admin, personId);
    }

    /** An erasure waiting for an administrator, with the name the administrator needs to decide. */
    record PendingErasure(String personId, boolean youngPerson, String givenName, String familyName,
            String requestedBy, Instant requestedAt, String reason) {
    }

    List<PendingErasure> pending() {
        var pending = new ArrayList<PendingErasure>();
        for (ErasureRequest r : dataProtection.erasureRequests()) {
            access.person(r.personId()).ifPresent(p -> pending.add(new PendingErasure(r.personId(), r.youngPerson(),
                    p.givenName(), p.familyName(), r.requestedBy(), r.requestedAt(), r.reason())));
        }
        return pending;
    }

    /** The reason is kept in the tombstone, which holds no personal data: it may not name the person. */
    private static String reason(ErasureBody body, List<Person> people) {
        String reason = body == null ? null : TextRules.line("reason", body.reason(), TextRules.LINE);
        if (reason == null) {
            throw new MissingFieldException("reason");
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        for (var person : people) {
            var names = new ArrayList<String>();
            names.add(person.givenName());
            names.add(person.familyName());
            names.add(person.knownAs());
            if (person.formerFamilyNames() != null) {
                names.addAll(person.formerFamilyNames());
            }
            for (String name : names) {
                if (name == null) {
                    continue;
                }
                for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (word.length() >= 2 && lower.matches("(?s).*(?<!\\p{L})" + java.util.regex.Pattern.quote(word)
                            + "(?!\\p{L}).*")) {
                        throw new InvalidFieldException("reason", "the reason is kept after the erasure, so it may not "
                                + "name the person: say why without their name");
                    }
                }
            }
        }
        return reason;
    }

    private static void requireWorker(CurrentUser user) {
        if (!user.isAdmin() && !user.is(Role.COORDINATOR)) {
            throw new ForbiddenException("Only coordinators (asking) and administrators (erasing) act on erasure");
        }
    }

    /** The body of an erasure: why. */
    record ErasureBody(String reason) {
    }
}
