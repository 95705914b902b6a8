package org.lifelonglinks.network;

import org.lifelonglinks.system.TextRules;

/**
 * How to reach a person: the most sensitive field, stored apart from the person, never shown to young people
 * and audited whenever read.
 */
public record ContactDetails(String phone, String email, String address) {

    private static final int ADDRESS = 500;

    public ContactDetails {
        phone = Fields.optional("phone", phone);
        email = Fields.optional("email", email);
        address = TextRules.note("address", address, ADDRESS);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new org.lifelonglinks.system.InvalidFieldException("email", "email '" + email + "' is not an email address");
        }
    }
}
