package org.lifelonglinks.plan;

import org.lifelonglinks.system.FieldProblems;
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
        var problems = new FieldProblems();
        problems.check(Checks::requiredText, "youngPersonId", youngPersonId);
        problems.required("decision", decision);
        problems.required("basis", basis);
        String tidyConditions = problems.check(Checks::optionalText, "conditions", conditions);
        if (decision == SafetyDecisionKind.WITH_CONDITIONS && tidyConditions == null && problems.ok("conditions")) {
            problems.missing("conditions");
        }
        if (decision != null && decision != SafetyDecisionKind.WITH_CONDITIONS && tidyConditions != null) {
            problems.invalid("conditions", "conditions belong only to a WITH_CONDITIONS decision");
        }
        LocalDate day = decidedOn == null ? today : problems.get(() -> Checks.notFuture("decidedOn", decidedOn, today));
        if (day != null) {
            problems.run(() -> Checks.notBefore("reviewOn", reviewOn, "decidedOn", day));
            problems.run(() -> Checks.notBefore("expiresOn", expiresOn, "decidedOn", day));
        }
        String tidyReason = problems.check(Checks::optionalText, "reason", reason);
        problems.throwIfAny();
        return new SafetyDecisionRequest(youngPersonId, decision, basis, tidyConditions, tidyReason, day, reviewOn,
                expiresOn);
    }
}
