package org.lifelonglinks.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Case notes (corrections are new versions, never silent edits), the chronology of the work, and the notes shared
 * with the young person, which pass through the safeguarding module's view of their network first.
 */
@Service
class NoteService {

    /** The kinds of entry in the chronology, in the order a filter lists them. */
    static final Set<String> KINDS = Set.of("REFERRAL", "NOTE", "CONTACT", "SAFETY_DECISION", "MEETING", "PLAN",
            "REVIEW", "DOCUMENT", "FOLLOW_UP", "HANDOVER", "MESSAGE", "YOUNG_PERSON");

    private final NoteRepository notes;
    private final CaseworkRepository facts;
    private final NetworkAccess network;
    private final Safeguarding safeguarding;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<ChronologySource> sources;

    NoteService(NoteRepository notes, CaseworkRepository facts, NetworkAccess network, Safeguarding safeguarding,
            AuditTrail audit, Clock clock, List<ChronologySource> sources) {
        this.sources = List.copyOf(sources);
        this.notes = notes;
        this.facts = facts;
        this.network = network;
        this.safeguarding = safeguarding;
        this.audit = audit;
        this.clock = clock;
    }

    CaseNote write(CurrentUser user, String youngPersonId, NoteRequest request) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var note = checked(youngPersonId, request);
        String id = UUID.randomUUID().toString();
        notes.write(youngPersonId, id, false, null, note, user.username(),
                AuditEvent.of(user.username(), "NOTE_WRITTEN", youngPersonId));
        return note(youngPersonId, id);
    }

    /** A correction: the next version of the note; with {@code expected}, refused (412) if it is not the latest. */
    CaseNote correct(CurrentUser user, String youngPersonId, String noteId, Integer expected, NoteRequest request) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var note = checked(youngPersonId, request);
        notes.write(youngPersonId, noteId, true, expected, note, user.username(),
                AuditEvent.of(user.username(), "NOTE_CORRECTED", youngPersonId));
        return note(youngPersonId, noteId);
    }

    List<CaseNote> notes(CurrentUser user, String youngPersonId) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var current = notes.notes(youngPersonId, false);
        audit.append(AuditEvent.of(user.username(), "NOTES_READ", youngPersonId)
                .withDetail(current.size() + " notes"));
        return current;
    }

    CaseNote read(CurrentUser user, String youngPersonId, String noteId) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var note = note(youngPersonId, noteId);
        audit.append(AuditEvent.of(user.username(), "NOTE_READ", youngPersonId)
                .withDetail("note " + noteId + ", version " + note.version()));
        return note;
    }

    /**
     * Everything recorded about the work, oldest first: the referral, notes (their current version), contacts,
     * safety decisions, the meeting, plan versions, reviews and documents (by the day each is from); only
     * between {@code from} and {@code to} and of the {@code kinds} asked for, when given.
     */
    List<ChronologyEntry> chronology(CurrentUser user, String youngPersonId, LocalDate from, LocalDate to,
            List<String> kinds, String format) {
        requireWorker(user);
        var youngPerson = network.readable(user, youngPersonId);
        var wanted = kinds == null || kinds.isEmpty() ? KINDS : Set.copyOf(kinds.stream()
                .map(k -> k.strip().toUpperCase(java.util.Locale.ROOT)).toList());
        wanted.stream().filter(k -> !KINDS.contains(k)).findFirst().ifPresent(k -> {
            throw new InvalidFieldException("kinds", "kinds may be " + KINDS.stream().sorted().toList()
                    + "; not " + k);
        });
        var entries = new ArrayList<ChronologyEntry>();
        if (youngPerson.referralDate() != null) {
            entries.add(new ChronologyEntry(youngPerson.referralDate(), "REFERRAL", "Referred to Lifelong Links",
                    null, null, null, null));
        }
        for (var note : notes.notes(youngPersonId, false)) {
            String about = note.about().isEmpty() ? "" : " (about " + String.join(", ", note.about().stream()
                    .map(a -> a.name() == null ? "someone no longer in the network" : a.name()).toList()) + ")";
            entries.add(new ChronologyEntry(note.date(), "NOTE", note.text() + about
                    + (note.version() > 1 ? " [corrected, version " + note.version() + "]" : ""),
                    note.about().isEmpty() ? null : note.about().getFirst().personId(),
                    note.about().isEmpty() ? null : note.about().getFirst().name(), note.author(), note.id()));
        }
        entries.addAll(notes.recordedWork(youngPersonId));
        sources.forEach(source -> entries.addAll(source.entries(youngPersonId)));
        var connections = facts.facts(List.of(youngPersonId)).stream().findFirst()
                .map(CaseFacts::connections).orElse(List.of());
        for (var connection : connections) {
            for (var decision : safeguarding.history(youngPersonId, connection.personId()).decisions()) {
                entries.add(new ChronologyEntry(decision.decidedOn(), "SAFETY_DECISION", "Safety decision about "
                        + connection.name() + ": " + words(decision.decision().name()) + " ("
                        + words(decision.basis().name()) + ")", connection.personId(), connection.name(),
                        decision.decidedBy(), decision.id()));
            }
        }
        var result = entries.stream()
                .filter(e -> wanted.contains(e.kind()))
                .filter(e -> from == null || !e.date().isBefore(from))
                .filter(e -> to == null || !e.date().isAfter(to))
                .sorted(Comparator.comparing(ChronologyEntry::date)
                        .thenComparing(e -> KINDS_IN_ORDER.indexOf(e.kind())))
                .toList();
        audit.append(AuditEvent.of(user.username(), "CHRONOLOGY_READ", youngPersonId)
                .withDetail(result.size() + " entries, " + format));
        return result;
    }

    private static final List<String> KINDS_IN_ORDER = List.of("REFERRAL", "CONTACT", "SAFETY_DECISION", "MEETING",
            "PLAN", "REVIEW", "DOCUMENT", "FOLLOW_UP", "HANDOVER", "NOTE", "YOUNG_PERSON", "MESSAGE");

    /**
     * The notes shared with the young person, for their own page: a note about anyone the safeguarding module does
     * not say they may see (hidden, barred, or barred by a decision that expired with no new one) is left out whole.
     */
    List<SharedNote> ownNotes(CurrentUser user) {
        if (!user.is(Role.YOUNG_PERSON) || user.youngPersonId() == null) {
            throw new NotFoundException("Your own notes (this account is not a young person's)");
        }
        String youngPersonId = user.youngPersonId();
        network.readable(user, youngPersonId);
        var safety = safeguarding.network(youngPersonId);
        var shared = notes.notes(youngPersonId, true).stream()
                .filter(n -> n.about().stream().allMatch(a -> safety.shownToYoungPerson(a.personId())))
                .map(n -> new SharedNote(n.date(), n.text()))
                .toList();
        audit.append(AuditEvent.of(user.username(), "OWN_NOTES_READ", youngPersonId)
                .withDetail(shared.size() + " notes"));
        return shared;
    }

    private CaseNote note(String youngPersonId, String noteId) {
        var versions = notes.versions(youngPersonId, noteId);
        if (versions.isEmpty()) {
            throw new NotFoundException("Case note");
        }
        return versions.getLast().withHistory(versions);
    }

    private NoteRequest checked(String youngPersonId, NoteRequest request) {
        var note = request.checked(LocalDate.now(clock));
        for (String personId : note.about()) {
            try {
                network.connected(youngPersonId, personId);
            } catch (NotFoundException e) {
                throw new InvalidFieldException("about", "about lists someone who is not in this young person's "
                        + "network");
            }
        }
        return note;
    }

    private static String words(String value) {
        return value.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static void requireWorker(CurrentUser user) {
        if (!(user.isAdmin() || user.is(Role.COORDINATOR) || user.is(Role.SOCIAL_WORKER))) {
            throw new ForbiddenException("Only workers read and write case notes");
        }
    }
}
