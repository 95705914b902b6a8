package org.lifelonglinks.network;

import org.lifelonglinks.system.FieldProblems;
import org.lifelonglinks.system.TextRules;

/**
 * How to reach a person: the most sensitive field, stored apart from the person, never shown to young people
 * and audited whenever read.
 */
public record ContactDetails(String phone, String email, String address) {

    private static final int ADDRESS = 500;

    public ContactDetails {
        var problems = new FieldProblems();
        phone = problems.check(Fields::optional, "phone", phone);
        email = problems.check(Fields::optional, "email", email);
        address = problems.check((f, v) -> TextRules.note(f, v, ADDRESS), "address", address);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.invalid("email", "email '" + email + "' is not an email address");
        }
        problems.throwIfAny();
    }
}
