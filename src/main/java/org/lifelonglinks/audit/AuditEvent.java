package org.lifelonglinks.audit;

import java.util.Objects;

/**
 * What a feature asks the trail to record; the trail adds the id and the time.
 *
 * @param username      who did it
 * @param action        what was done, in UPPER_SNAKE words
 * @param youngPersonId whose record it concerned, or null
 * @param personId      which person in the network it concerned, or null
 * @param detail        a short description without personal data, or null
 */
public record AuditEvent(String username, String action, String youngPersonId, String personId, String detail) {

    public AuditEvent {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(action, "action");
    }

    public static AuditEvent of(String username, String action, String youngPersonId) {
        return new AuditEvent(username, action, youngPersonId, null, null);
    }

    public AuditEvent aboutPerson(String personId) {
        return new AuditEvent(username, action, youngPersonId, personId, detail);
    }

    public AuditEvent withDetail(String detail) {
        return new AuditEvent(username, action, youngPersonId, personId, detail);
    }
}
