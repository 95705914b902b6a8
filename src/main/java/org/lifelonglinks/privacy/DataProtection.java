package org.lifelonglinks.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ConflictException;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.ProblemTypes;
import org.lifelonglinks.system.TextRules;
import org.springframework.stereotype.Service;

/**
 * The data protection records and the rules that read them: the consent gate that tracing and contact ask, the
 * objection that stops them, the notices owed to traced people and the retention review. Every change is audited
 * with its old and new values; every read of a young person's data goes through the caseload check first.
 */
@Service
public class DataProtection {

    private final DataProtectionRepository records;
    private final NetworkAccess access;
    private final Safeguarding safeguarding;
    private final PrivacyProperties properties;
    private final Clock clock;

    DataProtection(DataProtectionRepository records, NetworkAccess access, Safeguarding safeguarding,
            PrivacyProperties properties, Clock clock) {
        this.records = records;
        this.access = access;
        this.safeguarding = safeguarding;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- the gates other modules ask --------------------------------------------------------------------------

    /**
     * Refuses (409 {@code /problems/consent-required}) tracing or contact for a young person whose agreement,
     * parental consent where needed and lawful basis are not on record.
     */
    public void requireConsent(String youngPersonId) {
        var consent = records.consent(youngPersonId);
        if (consent.isEmpty()) {
            throw new ConflictException(ProblemTypes.CONSENT_REQUIRED, "Consent required", "consent",
                    "No consent is recorded for this young person: record their agreement and the lawful basis "
                            + "(PUT /api/young-people/{id}/consent) before tracing or contact");
        }
        if (!consent.get().allowsWork()) {
            throw new ConflictException(ProblemTypes.CONSENT_REQUIRED, "Consent required", "consent",
                    consent.get().youngPersonAgreed()
                            ? "The consent of those with parental responsibility is " + consent.get().parentalConsent()
                                    .name().toLowerCase().replace('_', ' ') + ": no tracing or contact until it is given"
                            : "The young person has not agreed (or withdrew their agreement): no tracing or contact");
        }
    }

    /** Which of these people objected to the processing of their data. */
    public Set<String> objected(Collection<String> personIds) {
        return records.objected(personIds);
    }

    /** Refuses (409 {@code /problems/objection-recorded}) contact with a person who objected. */
    public void requireNoObjection(String personId) {
        if (!records.objected(List.of(personId)).isEmpty()) {
            throw new ConflictException(ProblemTypes.OBJECTION_RECORDED, "Objection recorded", "personId",
                    "This person objected to the processing of their data: no further tracing or contact");
        }
    }

    /** The consent recorded for a young person, if any (the caller has checked the user may read them). */
    public Optional<Consent> consentOf(String youngPersonId) {
        return records.consent(youngPersonId);
    }

    /** What is recorded about a person's data (the caller has checked the user may read them). */
    public DataProtectionRecord recordOf(String personId) {
        return records.record(personId);
    }

    /** Erasures asked for and not yet carried out, oldest first. */
    public List<ErasureRequest> erasureRequests() {
        return records.erasureRequests();
    }

    /**
     * Records that a worker asked for a person's (or a young person's whole record's) erasure: from now on they are
     * kept from the young person's views, until an administrator erases them or declines.
     */
    public void requestErasure(CurrentUser user, String personId, String youngPersonId, String reason) {
        var fields = new HashMap<String, Object>();
        fields.put("erasureRequestedAt", clock.instant().atZone(ZoneOffset.UTC));
        fields.put("erasureRequestedBy", user.username());
        fields.put("erasureReason", reason);
        records.update(personId, fields, List.of(new AuditEvent(user.username(), "ERASURE_REQUESTED",
                youngPersonId, personId, null)));
    }

    /** An administrator declines an erasure asked for: the person is shown again where they were. */
    public void declineErasure(CurrentUser admin, String personId) {
        var fields = new HashMap<String, Object>();
        fields.put("erasureRequestedAt", null);
        fields.put("erasureRequestedBy", null);
        fields.put("erasureReason", null);
        records.update(personId, fields, List.of(new AuditEvent(admin.username(), "ERASURE_DECLINED", null,
                personId, null)));
    }

    // ---- consent and basis ------------------------------------------------------------------------------------

    Consent saveConsent(CurrentUser user, String youngPersonId, Long expected, ConsentRequest request) {
        access.changeable(user, youngPersonId);
        var checked = request.checked();
        return records.saveConsent(youngPersonId, expected, checked, user.username(), clock.instant(),
                AuditEvent.of(user.username(), "CONSENT_RECORDED", youngPersonId));
    }

    Optional<Consent> consent(CurrentUser user, String youngPersonId) {
        access.readable(user, youngPersonId);
        return records.consent(youngPersonId);
    }

    DataProtectionRecord saveTracingBasis(CurrentUser user, String personId, TracingBasisRequest request) {
        var networks = access.changeableNetworksOf(user, personId);
        if (request.basis() == null) {
            throw new MissingFieldException("basis");
        }
        var fields = new HashMap<String, Object>();
        fields.put("tracingBasis", request.basis().name());
        fields.put("tracingBasisNote", TextRules.note("note", request.note(), TextRules.NOTE));
        fields.put("tracingBasisBy", user.username());
        fields.put("tracingBasisAt", clock.instant().atZone(ZoneOffset.UTC));
        records.update(personId, fields, events(user, "TRACING_BASIS_RECORDED", networks, personId));
        return records.record(personId);
    }

    DataProtectionRecord record(CurrentUser user, String personId) {
        access.readableNetworksOf(user, personId);
        return records.record(personId);
    }

    Notice addNotice(CurrentUser user, String personId, NoticeRequest request) {
        var networks = access.changeableNetworksOf(user, personId);
        var checked = request.checked(LocalDate.now(clock));
        return records.addNotice(personId, checked, user.username(), clock.instant(),
                events(user, checked.kind() == NoticeKind.OBJECTION ? "OBJECTION_RECORDED" : "PRIVACY_NOTICE_RECORDED",
                        networks, personId));
    }

    /** A person owed a privacy notice, when it is due, and how many days are left (negative: overdue). */
    public record NoticeDue(String personId, String givenName, String familyName, List<String> youngPersonIds,
            LocalDate obtainedOn, LocalDate dueOn, long daysLeft, boolean approaching, boolean overdue) {
    }

    /** People traced from outside the network still owed a notice, nearest the limit first. */
    List<NoticeDue> noticesDue(CurrentUser user) {
        if (!user.isAdmin() && !user.is(Role.COORDINATOR) && !user.is(Role.SOCIAL_WORKER)) {
            throw new ForbiddenException("Only workers see the notices owed");
        }
        var today = LocalDate.now(clock);
        var owed = records.owedNotices(user.isAdmin() ? null : user.username(), today.getYear() - 18);
        var objected = records.objected(owed.stream().map(DataProtectionRepository.OwedNotice::personId).toList());
        return owed.stream().filter(o -> !objected.contains(o.personId())).map(o -> {
            var due = o.obtainedOn().plus(properties.noticeWithin());
            long left = ChronoUnit.DAYS.between(today, due);
            return new NoticeDue(o.personId(), o.givenName(), o.familyName(), o.youngPersonIds(), o.obtainedOn(),
                    due, left, !due.minus(properties.noticeWarning()).isAfter(today), left < 0);
        }).sorted(Comparator.comparing(NoticeDue::dueOn)).toList();
    }

    // ---- retention -------------------------------------------------------------------------------------------

    /** A record's retention: the date, why, and whether a legal hold stops its deletion. */
    public record Retention(String personId, boolean youngPerson, LocalDate retainUntil, String basis,
            boolean legalHold) {
    }

    /** A young person's record: their retention date, by hand or after the configured period from birth. */
    Retention saveYoungPersonRetention(CurrentUser user, String youngPersonId, RetentionRequest request) {
        requireAdmin(user, "set a record's retention or legal hold");
        var youngPerson = access.readable(user, youngPersonId);
        if (request.legalHold() == null) {
            throw new MissingFieldException("legalHold");
        }
        if (request.retainUntil() != null && request.retainUntil().isBefore(youngPerson.dateOfBirth())) {
            throw new InvalidFieldException("retainUntil", "retainUntil is before the young person's date of birth");
        }
        var fields = new HashMap<String, Object>();
        fields.put("retainUntil", request.retainUntil());
        fields.put("legalHold", request.legalHold());
        records.update(youngPersonId, fields, List.of(AuditEvent.of(user.username(), "RETENTION_SET", youngPersonId)));
        return retentionOfYoungPerson(youngPersonId, youngPerson.dateOfBirth());
    }

    Retention youngPersonRetention(CurrentUser user, String youngPersonId) {
        var youngPerson = access.readable(user, youngPersonId);
        return retentionOfYoungPerson(youngPersonId, youngPerson.dateOfBirth());
    }

    private Retention retentionOfYoungPerson(String youngPersonId, LocalDate dateOfBirth) {
        var record = records.record(youngPersonId);
        return record.retainUntil() != null
                ? new Retention(youngPersonId, true, record.retainUntil(), "set by hand", record.legalHold())
                : new Retention(youngPersonId, true, dateOfBirth.plus(properties.youngPersonRecord()),
                        "young person's record: " + properties.youngPersonRecord() + " after birth",
                        record.legalHold());
    }

    /** A person found to be the wrong person or who declined: the shorter period runs from today. */
    DataProtectionRecord savePersonRetention(CurrentUser user, String personId, PersonRetentionRequest request) {
        var networks = access.changeableNetworksOf(user, personId);
        var current = records.record(personId);
        var fields = new HashMap<String, Object>();
        if (request.legalHold() != null && request.legalHold() != current.legalHold()) {
            requireAdmin(user, "set or lift a legal hold");
            fields.put("legalHold", request.legalHold());
        }
        fields.put("noRemainingPurpose", request.noRemainingPurpose() == null ? null
                : request.noRemainingPurpose().name());
        fields.put("noRemainingPurposeSince", request.noRemainingPurpose() == null ? null
                : request.noRemainingPurpose() == current.noRemainingPurpose() && current.noRemainingPurposeSince() != null
                        ? current.noRemainingPurposeSince() : LocalDate.now(clock));
        records.update(personId, fields, events(user, "RETENTION_SET", networks, personId));
        return records.record(personId);
    }

    /** One record due for review: its retention date has come, no legal hold, not kept for safety. */
    public record Due(String personId, boolean youngPerson, String givenName, String familyName,
            LocalDate retainUntil, String basis, boolean erasureRequested) {
    }

    /** Every record whose retention date is today or past and which nothing keeps (a legal hold, safety). */
    public List<Due> retentionDue() {
        var today = LocalDate.now(clock);
        var requested = records.erasureRequests().stream().map(ErasureRequest::personId)
                .collect(java.util.stream.Collectors.toSet());
        var candidates = new ArrayList<Due>();
        for (var facts : records.retentionFacts()) {
            if (facts.legalHold()) {
                continue;
            }
            LocalDate until;
            String basis;
            if (facts.retainUntil() != null) {
                until = facts.retainUntil();
                basis = "set by hand";
            } else if (facts.youngPerson() && facts.dateOfBirth() != null) {
                until = facts.dateOfBirth().plus(properties.youngPersonRecord());
                basis = "young person's record: " + properties.youngPersonRecord() + " after birth";
            } else if (facts.noRemainingPurpose() != null && facts.noRemainingPurposeSince() != null) {
                until = facts.noRemainingPurposeSince().plus(properties.noRemainingPurpose());
                basis = facts.noRemainingPurpose().name().toLowerCase().replace('_', ' ') + " since "
                        + facts.noRemainingPurposeSince();
            } else {
                continue;
            }
            if (!until.isAfter(today)) {
                candidates.add(new Due(facts.personId(), facts.youngPerson(), facts.givenName(), facts.familyName(),
                        until, basis, requested.contains(facts.personId())));
            }
        }
        // Someone barred in any network is kept for the young person's safety, whatever else is recorded.
        var keptForSafety = safeguarding.barredAnywhere(candidates.stream().filter(d -> !d.youngPerson())
                .map(Due::personId).toList());
        return candidates.stream().filter(d -> !keptForSafety.contains(d.personId()))
                .sorted(Comparator.comparing(Due::retainUntil).thenComparing(Due::personId)).toList();
    }

    /** Refuses the erasure of a record under a legal hold (409 {@code /problems/legal-hold}). */
    public void requireNoLegalHold(String personId) {
        if (records.record(personId).legalHold()) {
            throw new ConflictException(ProblemTypes.LEGAL_HOLD, "Legal hold", "legalHold",
                    "This record is under a legal hold: nothing of it may be deleted until the hold is lifted");
        }
    }

    private static List<AuditEvent> events(CurrentUser user, String action, List<String> networks, String personId) {
        return networks.stream().map(id -> new AuditEvent(user.username(), action, id, personId, null)).toList();
    }

    static void requireAdmin(CurrentUser user, String what) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator can " + what);
        }
    }
}
