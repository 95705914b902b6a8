package org.lifelonglinks.plan;

import org.lifelonglinks.safeguarding.SafetyDecisionKind;
import org.lifelonglinks.safeguarding.SafetyBasis;
import java.time.LocalDate;

/**
 * A safety decision to record about a person in one young person's network.
 *
 * @param youngPersonId whose network the decision is for (a person may be in several)
 * @param conditions    required for contact with conditions: what they are ("supervised", "letters only")
 * @param reason        the reasoning; seen by workers only, never in the young person's views or the plan
 * @param decidedOn     defaults to today
 */
public record SafetyDecisionRequest(String youngPersonId, SafetyDecisionKind decision, SafetyBasis basis,
        String conditions, String reason, LocalDate decidedOn, LocalDate reviewOn, LocalDate expiresOn) {

    /** The request checked against its rules, with defaults filled in. */
    SafetyDecisionRequest checked(LocalDate today) {
        Checks.requiredText("youngPersonId", youngPersonId);
        Checks.required("decision", decision);
        Checks.required("basis", basis);
        String tidyConditions = Checks.optionalText("conditions", conditions);
        if (decision == SafetyDecisionKind.WITH_CONDITIONS && tidyConditions == null) {
            throw new org.lifelonglinks.system.MissingFieldException("conditions");
        }
        if (decision != SafetyDecisionKind.WITH_CONDITIONS && tidyConditions != null) {
            throw new org.lifelonglinks.system.InvalidFieldException("conditions",
                    "conditions belong only to a WITH_CONDITIONS decision");
        }
        LocalDate day = decidedOn == null ? today : Checks.notFuture("decidedOn", decidedOn, today);
        Checks.notBefore("reviewOn", reviewOn, "decidedOn", day);
        Checks.notBefore("expiresOn", expiresOn, "decidedOn", day);
        return new SafetyDecisionRequest(youngPersonId, decision, basis, tidyConditions,
                Checks.optionalText("reason", reason), day, reviewOn, expiresOn);
    }
}
