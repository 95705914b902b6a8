package org.lifelonglinks.plan;

import java.time.LocalDate;
import org.lifelonglinks.system.InvalidFieldException;

/**
 * A contact to record: a coordinator's tracing attempt (with its outcome) or contact between the young person
 * and the person.
 */
public record ContactRequest(String personId, LocalDate date, ContactKind kind, ContactOutcome outcome,
        String note) {

    ContactRequest checked(LocalDate today, LocalDate youngPersonBorn) {
        Checks.requiredText("personId", personId);
        Checks.required("date", date);
        Checks.notFuture("date", date, today);
        Checks.notBefore("date", date, "the young person's date of birth", youngPersonBorn);
        Checks.required("kind", kind);
        if (outcome != null && !kind.tracing()) {
            throw new InvalidFieldException("outcome", "an outcome belongs to a tracing attempt (LETTER, PHONE, "
                    + "EMAIL, SOCIAL_MEDIA, VISIT, THROUGH_RELATIVE), not to " + kind);
        }
        return new ContactRequest(personId, date, kind, outcome, Checks.optionalText("note", note));
    }
}
