package org.lifelonglinks.network;

/**
 * How to reach a person: the most sensitive field, stored apart from the person, never shown to young people
 * and audited whenever read.
 */
public record ContactDetails(String phone, String email, String address) {

    public ContactDetails {
        phone = Fields.optional("phone", phone);
        email = Fields.optional("email", email);
        if (address != null && address.length() > 500) {
            throw new org.lifelonglinks.system.InvalidFieldException("address", "address must be at most 500 characters");
        }
        address = address == null || address.isBlank() ? null : address.strip();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new org.lifelonglinks.system.InvalidFieldException("email", "email '" + email + "' is not an email address");
        }
    }
}
