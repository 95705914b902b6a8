package org.lifelonglinks.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a feature asks the trail to record; the trail adds the id and the time.
 *
 * @param username      who did it
 * @param action        what was done, in UPPER_SNAKE words
 * @param youngPersonId whose record it concerned, or null
 * @param personId      which person in the network it concerned, or null
 * @param detail        a short description without personal data, or null
 * @param changes       for a change, each changed field's value before and after; personal data, so only
 *                      administrators read it and an erasure removes it; null for anything else
 */
public record AuditEvent(String username, String action, String youngPersonId, String personId, String detail,
        Map<String, List<String>> changes) {

    public AuditEvent {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(action, "action");
        changes = changes == null || changes.isEmpty() ? null : Map.copyOf(changes);
    }

    public AuditEvent(String username, String action, String youngPersonId, String personId, String detail) {
        this(username, action, youngPersonId, personId, detail, null);
    }

    public static AuditEvent of(String username, String action, String youngPersonId) {
        return new AuditEvent(username, action, youngPersonId, null, null);
    }

    public AuditEvent aboutPerson(String personId) {
        return new AuditEvent(username, action, youngPersonId, personId, detail, changes);
    }

    public AuditEvent withDetail(String detail) {
        return new AuditEvent(username, action, youngPersonId, personId, detail, changes);
    }

    /** The same event carrying the old and new values of what it changed. */
    public AuditEvent withChanges(Map<String, List<String>> changes) {
        return new AuditEvent(username, action, youngPersonId, personId, detail, changes);
    }
}
