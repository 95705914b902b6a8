package org.lifelonglinks.plan;

import java.util.List;
import org.lifelonglinks.safeguarding.SafetyDecision;
import org.lifelonglinks.safeguarding.SafetyDecisionKind;
import org.lifelonglinks.safeguarding.SafetyStatus;

/**
 * Where a person stands on safety today, every decision about them in this network (newest first), and what the
 * user asking may do about them now ({@code allowed}), so a page offers only what the service would accept and
 * says why in place of the rest. The service still checks every request; this only describes it.
 */
public record SafetyView(SafetyStatus status, SafetyDecision current, List<SafetyDecision> history,
        Allowed allowed) {

    /**
     * What the user may do now.
     *
     * @param recordContact    whether a contact (a tracing attempt included) may be recorded by this user now
     * @param contactRefusal   why not, in words, when not: "Do not contact: decided by Sam Okafor on
     *                         2 December 2026. No contact can be recorded."
     * @param decisions        the safety decisions this user may record (a coordinator: do not contact only)
     * @param approvalBy       when the user may not approve contact, who can: "Only a social worker can approve
     *                         contact: ask Sam Okafor, the social worker for this young person, to approve it."
     * @param changeRecord     whether this user may change the person's record (details, status, family links)
     */
    public record Allowed(boolean recordContact, String contactRefusal, List<SafetyDecisionKind> decisions,
            String approvalBy, boolean changeRecord) {
    }
}
