package org.lifelonglinks.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lifelonglinks.safeguarding.NetworkSafety;
import org.lifelonglinks.safeguarding.SafetyStatus;
import org.lifelonglinks.security.Role;

/**
 * The computed tasks of one young person, from the recorded facts and the safeguarding module's answer for today.
 * Nothing is stored: a task appears when its date comes near and disappears when the fact it waits for is recorded
 * (a new safety decision, a review), so the list is never stale.
 */
final class TaskRules {

    private static final List<Role> WORKERS = List.of(Role.COORDINATOR, Role.SOCIAL_WORKER);
    private static final List<Role> SOCIAL_WORKER = List.of(Role.SOCIAL_WORKER);
    private static final List<Role> COORDINATOR = List.of(Role.COORDINATOR);
    /** Statuses in which someone has been reached and contact with the young person is being talked about. */
    private static final Set<String> REACHED = Set.of("FOUND", "CONTACTED", "AGREED");
    /** Working statuses before the plan: someone referred for a safety check in one of these still waits. */
    private static final Set<String> BEFORE_THE_PLAN = Set.of("IDENTIFIED", "SEARCHING", "FOUND", "CONTACTED",
            "AGREED");
    /** A follow-up counts as done by a plan review from this long before its date. */
    private static final int FOLLOW_UP_WINDOW_MONTHS = 1;

    private final CaseworkProperties settings;

    TaskRules(CaseworkProperties settings) {
        this.settings = settings;
    }

    List<Task> computed(CaseFacts facts, NetworkSafety safety, LocalDate today) {
        var tasks = new ArrayList<Task>();
        if (facts.closed()) {
            return tasks;
        }
        LocalDate horizon = today.plusDays(settings.dueSoonDays());
        for (var connection : facts.connections()) {
            var state = safety.safety(connection.personId());
            var decision = state.current();
            if (decision != null) {
                if (decision.reviewOn() != null && !decision.reviewOn().isAfter(horizon)
                        && (decision.expiresOn() == null || !decision.expiresOn().isBefore(today))) {
                    tasks.add(task("safety-review:" + decision.id(), TaskKind.SAFETY_REVIEW, facts, connection,
                            "Review the safety decision about " + connection.name(), decision.reviewOn(), today,
                            WORKERS));
                }
                if (decision.expiresOn() != null && !decision.expiresOn().isAfter(horizon)) {
                    String what = decision.expiresOn().isBefore(today)
                            ? "The safety decision about " + connection.name() + " has expired: decide again"
                            : "The safety decision about " + connection.name() + " expires";
                    tasks.add(task("safety-expiry:" + decision.id(), TaskKind.SAFETY_EXPIRY, facts, connection,
                            what, decision.expiresOn(), today, WORKERS));
                }
            }
            var waitingSince = waitingForApproval(connection, state.status());
            if (waitingSince != null) {
                tasks.add(task("approval:" + connection.personId(), TaskKind.APPROVAL_NEEDED, facts, connection,
                        connection.name() + " is waiting for a safety decision before first contact",
                        waitingSince.plusDays(settings.approvalDays()), today, SOCIAL_WORKER));
            }
        }
        var plan = facts.currentPlan();
        if (plan != null && !plan.approved()) {
            tasks.add(task("plan-approval:" + facts.youngPersonId() + ":" + plan.version(), TaskKind.PLAN_APPROVAL,
                    facts, null, "Plan version " + plan.version() + " for " + facts.givenName()
                            + " waits for the social worker's approval", plan.agreedOn().plusDays(settings.approvalDays()),
                    today, SOCIAL_WORKER));
        }
        if (facts.meetingDate() != null && !facts.meetingDate().isAfter(today)) {
            followUp(tasks, facts, 6, "SIX_MONTHS", TaskKind.FOLLOW_UP_6_MONTHS, today);
            followUp(tasks, facts, 12, "TWELVE_MONTHS", TaskKind.FOLLOW_UP_12_MONTHS, today);
            if (facts.firstPlanAgreed() != null) {
                var from = facts.planReviews().isEmpty() ? facts.meetingDate() : facts.planReviews().getLast();
                var due = from.plus(settings.planReviewEvery());
                tasks.add(task("plan-review:" + due, TaskKind.PLAN_REVIEW, facts, null,
                        "Review the plan with " + facts.givenName(), due, today, COORDINATOR));
            }
        }
        return tasks;
    }

    /**
     * The day first contact started waiting for a safety approval, or null: someone not in touch at referral, reached
     * (or referred for a safety check) and still working towards the plan, about whom nothing has been decided yet.
     */
    private static LocalDate waitingForApproval(CaseFacts.ConnectionFacts connection, SafetyStatus safety) {
        // An expired decision is already a task (SAFETY_EXPIRY, "decide again"): only someone never assessed waits here.
        if (connection.inTouchAtReferral() || safety != SafetyStatus.NOT_ASSESSED) {
            return null;
        }
        if (connection.referredForSafetyCheck() != null && BEFORE_THE_PLAN.contains(connection.status())) {
            return connection.referredForSafetyCheck();
        }
        if (REACHED.contains(connection.status()) && connection.reachedOn() != null) {
            return connection.reachedOn();
        }
        return null;
    }

    /** Done when the follow-up itself is recorded, or (as before follow-ups were recorded) a plan review near it. */
    private void followUp(List<Task> tasks, CaseFacts facts, int months, String at, TaskKind kind, LocalDate today) {
        var due = facts.meetingDate().plusMonths(months);
        var doneFrom = due.minusMonths(FOLLOW_UP_WINDOW_MONTHS);
        boolean done = facts.followUps().contains(at)
                || facts.planReviews().stream().anyMatch(d -> !d.isBefore(doneFrom));
        if (!done) {
            tasks.add(task("follow-up-" + months + ":" + facts.youngPersonId(), kind, facts, null,
                    months + "-month follow-up with " + facts.givenName() + ": is contact still happening?", due,
                    today, COORDINATOR));
        }
    }

    private Task task(String id, TaskKind kind, CaseFacts facts, CaseFacts.ConnectionFacts connection, String what,
            LocalDate due, LocalDate today, List<Role> forRoles) {
        return new Task(id, kind, true, facts.youngPersonId(), facts.name(),
                connection == null ? null : connection.personId(), connection == null ? null : connection.name(),
                what, due, TaskState.of(due, today, settings.dueSoonDays()), null, forRoles, null, null, null, null, 0);
    }
}
