package org.lifelonglinks.plan;

import org.lifelonglinks.safeguarding.SafetyStatus;
import static org.lifelonglinks.system.ProblemTypes.APPROVAL_REQUIRED;
import static org.lifelonglinks.system.ProblemTypes.DO_NOT_CONTACT;
import static org.lifelonglinks.system.ProblemTypes.IMPOSSIBLE_STATUS_MOVE;

import java.util.stream.Collectors;
import org.lifelonglinks.system.ConflictException;

/**
 * The safety and status rules for contact, plans and meetings, applied to a connection's state as read in the
 * transaction that would change it, so nothing is written when a rule refuses.
 */
final class WorkRules {

    private WorkRules() {
    }

    /** Nothing at all involving the person while do-not-contact stands (tracing attempts included). */
    static void requireNotBarred(ConnectionState state, String doing) {
        if (state.safety().barred()) {
            var decision = state.safety().current();
            throw new ConflictException(DO_NOT_CONTACT, "Do not contact", "personId", "A do-not-contact decision "
                    + "about " + state.name() + " stands (decided " + decision.decidedOn()
                    + (decision.expiresOn() == null ? "" : ", until " + decision.expiresOn()) + "): " + doing
                    + " is refused");
        }
    }

    /**
     * Contact between the young person and the person, a plan commitment or a meeting invitation: never while
     * do-not-contact stands; and, unless they were in touch at referral, only with a current approval on record.
     * An expired decision of any kind needs a new one.
     */
    static void requireApproval(ConnectionState state, String doing) {
        requireNotBarred(state, doing);
        var safety = state.safety();
        if (safety.approved()) {
            return;
        }
        if (safety.status() == SafetyStatus.CHECK_REQUIRED) {
            throw new ConflictException(APPROVAL_REQUIRED, "Safety approval required", "personId", "The safety "
                    + "decision about " + state.name() + " expired on " + safety.current().expiresOn()
                    + ": a social worker must decide again before " + doing);
        }
        if (!state.inTouchAtReferral()) {
            throw new ConflictException(APPROVAL_REQUIRED, "Safety approval required", "personId", "First contact "
                    + "with " + state.name() + " needs a safety approval on record: a social worker records one "
                    + "(POST /api/people/" + state.personId() + "/safety) before " + doing);
        }
    }

    /** Where a recorded contact leaves the connection. */
    static ConnectionStatus afterContact(ConnectionState state, ContactKind kind, ContactOutcome outcome) {
        ConnectionStatus target;
        if (kind.tracing()) {
            target = outcome == null ? ConnectionStatus.SEARCHING : outcome.implies();
        } else {
            // Contact with the young person makes a planned relationship active; otherwise it is just recorded.
            target = state.status() == ConnectionStatus.IN_PLAN ? ConnectionStatus.ACTIVE : state.status();
        }
        return advance(state, target);
    }

    /** Where being in an agreed plan leaves the connection. */
    static ConnectionStatus afterCommitment(ConnectionState state) {
        var status = state.status();
        if (status == ConnectionStatus.IN_PLAN || status == ConnectionStatus.ACTIVE) {
            return status;
        }
        // Someone already in touch at referral needs no tracing: being in the plan is their agreement.
        boolean stillWorking = status == ConnectionStatus.IDENTIFIED || status == ConnectionStatus.SEARCHING
                || status == ConnectionStatus.FOUND || status == ConnectionStatus.CONTACTED;
        if (status != ConnectionStatus.AGREED && !(state.inTouchAtReferral() && stillWorking)) {
            throw new ConflictException(IMPOSSIBLE_STATUS_MOVE, "Impossible status move", "commitments",
                    state.name() + " cannot be in the plan: they have not agreed to be involved (status "
                            + status + ")");
        }
        return advance(state, ConnectionStatus.IN_PLAN);
    }

    /** A move asked for by a coordinator: only along one arrow, and not into states that events own. */
    static ConnectionStatus requestedMove(ConnectionState state, ConnectionStatus next) {
        var status = state.status();
        String refusal = switch (next) {
            case IN_PLAN -> "a person joins the plan when a plan including them is agreed (POST /plan)";
            case ACTIVE -> "a relationship becomes active when contact under the plan is recorded";
            case NOT_SAFE -> "a connection becomes not safe through a do-not-contact decision";
            default -> null;
        };
        if (refusal == null && status == ConnectionStatus.NOT_SAFE && next != ConnectionStatus.ENDED) {
            refusal = "a connection stops being not safe when a social worker lifts the do-not-contact decision";
        }
        if (refusal == null && !status.canMoveTo(next)) {
            refusal = "from " + status + " the status can move to " + status.moves().stream()
                    .map(Enum::name).sorted().collect(Collectors.joining(", "));
        }
        if (refusal != null) {
            throw new ConflictException(IMPOSSIBLE_STATUS_MOVE, "Impossible status move", "status",
                    "Cannot move " + state.name() + " from " + status + " to " + next + ": " + refusal);
        }
        return next;
    }

    private static ConnectionStatus advance(ConnectionState state, ConnectionStatus target) {
        return state.status().advanceTowards(target).orElseThrow(() -> new ConflictException(IMPOSSIBLE_STATUS_MOVE,
                "Impossible status move", "status", "Cannot move " + state.name() + " from " + state.status()
                        + " to " + target + switch (state.status()) {
                            case ENDED -> ": the relationship was ended; take it up again first (status IDENTIFIED)";
                            case NOT_SAFE -> ": the connection is marked not safe until a social worker records a "
                                    + "new safety decision";
                            default -> "";
                        }));
    }
}
