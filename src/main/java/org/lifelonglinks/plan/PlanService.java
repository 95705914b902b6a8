package org.lifelonglinks.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.privacy.DataProtection;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.stereotype.Service;

/** The Lifelong Links meeting, the plan in versions, its printed form, and reviews. */
@Service
class PlanService {

    private final PlanRepository plans;
    private final Safeguarding safeguarding;
    private final WorkAccess access;
    private final NetworkAccess network;
    private final AuditTrail audit;
    private final Clock clock;
    private final DataProtection dataProtection;
    private final FollowUpRepository followUps;
    private final WhoDecides whoDecides;

    PlanService(PlanRepository plans, Safeguarding safeguarding, WorkAccess access, NetworkAccess network,
            AuditTrail audit, Clock clock, DataProtection dataProtection, FollowUpRepository followUps,
            WhoDecides whoDecides) {
        this.whoDecides = whoDecides;
        this.plans = plans;
        this.followUps = followUps;
        this.safeguarding = safeguarding;
        this.access = access;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
        this.dataProtection = dataProtection;
    }

    /** Saves the meeting; with {@code expectedVersion}, refused (412) if someone else saved it since. */
    Meeting saveMeeting(CurrentUser user, String youngPersonId, Long expectedVersion, MeetingRequest request) {
        access.changeable(user, youngPersonId);
        var meeting = request.checked(today());
        // Someone who objected to the processing of their data is not invited (409 objection-recorded).
        meeting.invited().forEach(dataProtection::requireNoObjection);
        return plans.saveMeeting(youngPersonId, expectedVersion, meeting, new AuditEvent(user.username(),
                "MEETING_SAVED", youngPersonId, null, meeting.date().toString()));
    }

    Meeting meeting(CurrentUser user, String youngPersonId) {
        access.readable(user, youngPersonId);
        audit.append(AuditEvent.of(user.username(), "MEETING_READ", youngPersonId));
        return plans.meeting(youngPersonId).orElseThrow(() -> new NotFoundException("Lifelong Links meeting"));
    }

    Plan agree(CurrentUser user, String youngPersonId, PlanRequest request) {
        access.changeable(user, youngPersonId);
        var checked = request.checked(today());
        // No commitment involving someone who objected to the processing of their data (409 objection-recorded).
        checked.commitments().forEach(c -> dataProtection.requireNoObjection(c.personId()));
        int version = plans.agree(youngPersonId, checked, user.username());
        return plans.plan(youngPersonId, version).orElseThrow();
    }

    Plan plan(CurrentUser user, String youngPersonId, Integer version) {
        access.readable(user, youngPersonId);
        audit.append(AuditEvent.of(user.username(), "PLAN_READ", youngPersonId)
                .withDetail(version == null ? "current" : "version " + version));
        return plans.plan(youngPersonId, version).orElseThrow(() -> new NotFoundException("Plan"));
    }

    /**
     * The social worker's approval of a plan version: only a social worker on the young person's caseload; only the
     * current version (409 for one replaced since); once (a second approval answers the first, not recorded again).
     */
    PlanRepository.Approved approve(CurrentUser user, String youngPersonId, int version) {
        if (!user.is(Role.SOCIAL_WORKER)) {
            if (user.isAdmin() || user.is(Role.COORDINATOR)) {
                // Named only to someone who may read the record: otherwise the general refusal, as before.
                var youngPerson = access.readable(user, youngPersonId);
                throw new ForbiddenException(whoDecides.onlySocialWorker(youngPerson, "approve a plan version",
                        "approve"));
            }
            throw new ForbiddenException("Only the young person's social worker approves a plan version: ask a "
                    + "social worker on their caseload to approve it (their approvals page lists it)");
        }
        access.readable(user, youngPersonId);
        return plans.approve(youngPersonId, version, user.username(), today());
    }

    FollowUp recordFollowUp(CurrentUser user, String youngPersonId, FollowUpRequest request) {
        access.changeable(user, youngPersonId);
        return followUps.record(youngPersonId, request.checked(today()), user.username());
    }

    List<FollowUp> followUps(CurrentUser user, String youngPersonId) {
        access.readable(user, youngPersonId);
        audit.append(AuditEvent.of(user.username(), "FOLLOW_UPS_READ", youngPersonId));
        return followUps.followUps(youngPersonId);
    }

    List<Integer> versions(CurrentUser user, String youngPersonId) {
        access.readable(user, youngPersonId);
        audit.append(AuditEvent.of(user.username(), "PLAN_VERSIONS_READ", youngPersonId));
        return plans.versions(youngPersonId);
    }

    /** How the printable plan is asked for: read as a page (the young person's own page shows it) or printed. */
    enum DocumentUse {
        PAGE("PLAN_READ", "printable page"), PDF("PLAN_PRINTED", "PDF");

        private final String auditAction;
        private final String described;

        DocumentUse(String auditAction, String described) {
            this.auditAction = auditAction;
            this.described = described;
        }
    }

    /**
     * The printable plan, for workers on the caseload and for the young person themself; {@code words} are the
     * workers' English ({@link PlanWords#WORKERS}) or the young person's own, in the language of their page.
     */
    PlanDocument document(CurrentUser user, String youngPersonId, DocumentUse use, PlanWords words) {
        var youngPerson = access.planReader(user, youngPersonId);
        var plan = plans.plan(youngPersonId, null).orElseThrow(() -> new NotFoundException("Plan"));
        var meeting = plans.meeting(youngPersonId).orElse(null);
        var safety = safeguarding.network(youngPersonId);
        // Fails closed for the young person: anyone the safeguarding module does not say they may see is left out.
        var audience = user.is(Role.YOUNG_PERSON)
                ? new PlanDocument.Audience(safety::shownToYoungPerson, Set.of())
                : new PlanDocument.Audience(id -> !safety.hiddenFromYoungPerson(id), safety.barred());
        var names = new HashMap<String, String>();
        if (meeting != null) {
            for (String personId : meeting.attended()) {
                if (!audience.mayName().test(personId)) {
                    continue;
                }
                var person = network.connected(youngPersonId, personId).person();
                names.put(personId, person.knownAs() != null ? person.knownAs() : person.givenName());
            }
        }
        audit.append(AuditEvent.of(user.username(), use.auditAction, youngPersonId)
                .withDetail("version " + plan.version() + ", " + use.described));
        return PlanDocument.of(youngPerson.givenName(), plan, meeting, audience, names, words);
    }

    Review addReview(CurrentUser user, String youngPersonId, ReviewRequest request) {
        var youngPerson = access.changeable(user, youngPersonId);
        return plans.addReview(youngPersonId, request.checked(today(), youngPerson.referralDate()),
                user.username());
    }

    List<Review> reviews(CurrentUser user, String youngPersonId) {
        access.readable(user, youngPersonId);
        audit.append(AuditEvent.of(user.username(), "REVIEWS_READ", youngPersonId));
        return plans.reviews(youngPersonId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
