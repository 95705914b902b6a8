package org.lifelonglinks.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail.
 *
 * @param id            unique id of the entry
 * @param at            when it happened
 * @param username      who did it ({@code anonymous} before sign-in)
 * @param action        what was done, e.g. {@code NETWORK_READ}
 * @param youngPersonId whose record it concerned, if any
 * @param personId      which person in the network it concerned, if any
 * @param detail        a short description without personal data
 * @param changes       for a change, each changed field's value before and after (administrators only read the
 *                      trail); null otherwise, and null once the person it concerned was erased
 * @param alsoRead      for the read of a page view, what else the same view read (each action once), folded into
 *                      this entry; empty otherwise
 */
public record AuditEntry(String id, Instant at, String username, String action, String youngPersonId,
        String personId, String detail, java.util.Map<String, java.util.List<String>> changes,
        java.util.List<String> alsoRead) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(action, "action");
        alsoRead = alsoRead == null ? java.util.List.of() : java.util.List.copyOf(alsoRead);
    }
}
