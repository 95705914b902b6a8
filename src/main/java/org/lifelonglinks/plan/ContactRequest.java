package org.lifelonglinks.plan;

import org.lifelonglinks.system.FieldProblems;
import java.time.LocalDate;

/**
 * A contact to record: a coordinator's tracing attempt (with its outcome) or contact between the young person
 * and the person.
 */
public record ContactRequest(String personId, LocalDate date, ContactKind kind, ContactOutcome outcome,
        String note) {

    ContactRequest checked(LocalDate today, LocalDate youngPersonBorn) {
        var problems = new FieldProblems();
        problems.check(Checks::requiredText, "personId", personId);
        if (problems.required("date", date) != null) {
            problems.run(() -> Checks.notFuture("date", date, today));
            if (problems.ok("date")) {
                problems.run(() -> Checks.notBefore("date", date, "the young person's date of birth",
                        youngPersonBorn));
            }
        }
        problems.required("kind", kind);
        if (outcome != null && kind != null && !kind.tracing()) {
            problems.invalid("outcome", "an outcome belongs to a tracing attempt (LETTER, PHONE, "
                    + "EMAIL, SOCIAL_MEDIA, VISIT, THROUGH_RELATIVE), not to " + kind);
        }
        String tidyNote = problems.check(Checks::optionalText, "note", note);
        problems.throwIfAny();
        return new ContactRequest(personId, date, kind, outcome, tidyNote);
    }
}
