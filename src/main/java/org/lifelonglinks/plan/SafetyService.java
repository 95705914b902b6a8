package org.lifelonglinks.plan;

import java.time.Clock;
import java.time.LocalDate;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.notifications.NewNotification;
import org.lifelonglinks.notifications.NotificationKind;
import org.lifelonglinks.notifications.Notifications;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.safeguarding.SafetyDecision;
import org.lifelonglinks.safeguarding.SafetyDecisionKind;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.MissingFieldException;
import org.springframework.stereotype.Service;

/**
 * Records safety decisions (the safeguarding module keeps them and answers who must not be contacted). Anyone working the case may record a
 * do-not-contact decision (stopping contact must never wait); only a social worker or an administrator may
 * approve contact or lift a do-not-contact decision.
 */
@Service
class SafetyService {

    private final SafetyRepository decisions;
    private final Safeguarding safeguarding;
    private final WorkAccess access;
    private final org.lifelonglinks.audit.AuditTrail audit;
    private final Clock clock;
    private final Notifications notifications;
    private final WhoDecides whoDecides;
    private final org.lifelonglinks.security.CaseloadAccess caseload;

    SafetyService(SafetyRepository decisions, Safeguarding safeguarding, WorkAccess access, org.lifelonglinks.audit.AuditTrail audit, Clock clock,
            Notifications notifications, WhoDecides whoDecides, org.lifelonglinks.security.CaseloadAccess caseload) {
        this.whoDecides = whoDecides;
        this.caseload = caseload;
        this.notifications = notifications;
        this.decisions = decisions;
        this.safeguarding = safeguarding;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    SafetyDecision record(CurrentUser user, String personId, SafetyDecisionRequest request) {
        var checked = request.checked(LocalDate.now(clock));
        if (checked.decision() == SafetyDecisionKind.DO_NOT_CONTACT) {
            access.readable(user, checked.youngPersonId());
            if (!(user.isAdmin() || user.is(Role.SOCIAL_WORKER))) {
                access.changeable(user, checked.youngPersonId());
            }
        } else {
            var youngPerson = access.readable(user, checked.youngPersonId());
            if (!(user.isAdmin() || user.is(Role.SOCIAL_WORKER))) {
                throw new ForbiddenException(whoDecides.onlySocialWorker(youngPerson, "approve contact", "approve"));
            }
        }
        var decision = decisions.record(personId, checked, user.username(), new AuditEvent(user.username(),
                "SAFETY_DECISION_RECORDED", checked.youngPersonId(), personId, checked.decision().name()));
        // Committed: the coordinators hear of it (approval given, given with conditions, or refused).
        notifications.notifyCaseload(checked.youngPersonId(), Role.COORDINATOR, user.username(), new NewNotification(
                NotificationKind.SAFETY_DECISION_RECORDED, checked.youngPersonId(), personId,
                "safety-decision:" + decision.id(), "/young-people/" + checked.youngPersonId() + "/people/" + personId,
                checked.decision().name(), checked.decision() == SafetyDecisionKind.DO_NOT_CONTACT));
        return decision;
    }

    SafetyView view(CurrentUser user, String personId, String youngPersonId) {
        if (youngPersonId == null || youngPersonId.isBlank()) {
            throw new MissingFieldException("youngPersonId");
        }
        var youngPerson = access.readable(user, youngPersonId);
        access.requireInNetwork(youngPersonId, personId);
        var history = safeguarding.history(youngPersonId, personId);
        audit.append(new AuditEvent(user.username(), "SAFETY_READ", youngPersonId, personId, null));
        return new SafetyView(history.state().status(), history.state().current(), history.decisions(),
                allowed(user, youngPerson, history.state()));
    }

    /**
     * What this user may do about the person now: the same rules the service applies when asked (the
     * safeguarding module's barred(), the caseload's canChange, who may approve), said once here for the page.
     */
    private SafetyView.Allowed allowed(CurrentUser user, org.lifelonglinks.network.YoungPerson youngPerson,
            org.lifelonglinks.safeguarding.SafetyState state) {
        boolean changeRecord = caseload.canChange(user, youngPerson.id());
        boolean approves = user.isAdmin() || user.is(Role.SOCIAL_WORKER);
        String refusal = null;
        if (state.barred()) {
            var decision = state.current();
            refusal = "Do not contact: decided by " + whoDecides.nameOf(decision.decidedBy()) + " on "
                    + DAY.format(decision.decidedOn())
                    + (decision.expiresOn() == null ? "" : ", until " + DAY.format(decision.expiresOn()))
                    + ". No contact can be recorded, not even a tracing attempt.";
        } else if (!changeRecord) {
            refusal = "Your role can read this record but not change it: the young person's coordinator records "
                    + "contact.";
        }
        var decisions = approves ? java.util.List.of(SafetyDecisionKind.values())
                : changeRecord ? java.util.List.of(SafetyDecisionKind.DO_NOT_CONTACT) : java.util.List.<SafetyDecisionKind>of();
        return new SafetyView.Allowed(refusal == null, refusal, decisions,
                approves ? null : whoDecides.onlySocialWorker(youngPerson, "approve contact", "approve"), changeRecord);
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
}
