package org.lifelonglinks.network;

/**
 * A person's contact details as stored, with the version a change to them must be based on (0 before any are
 * saved).
 */
public record ContactDetailsView(String phone, String email, String address, long version) {

    /** The details themselves, as an export writes them. */
    public ContactDetails details() {
        return new ContactDetails(phone, email, address);
    }
}
