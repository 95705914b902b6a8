package org.lifelonglinks.security;

import java.time.Instant;
import java.util.Set;

/**
 * A stored account. The password is only ever held as a bcrypt hash.
 *
 * @param username      unique sign-in name
 * @param passwordHash  bcrypt hash of the password
 * @param displayName   name shown in the service
 * @param roles         what the user may do
 * @param youngPersonId the young person a YOUNG_PERSON account belongs to
 * @param enabled       whether the account may sign in
 * @param createdAt     when the account was made
 * @param failedSignIns failed sign-ins since the last success or lock
 * @param lockedUntil   when a lock after repeated failures ends; null when not locked
 */
record UserAccount(String username, String passwordHash, String displayName, Set<Role> roles,
        String youngPersonId, boolean enabled, Instant createdAt, int failedSignIns, Instant lockedUntil) {

    /** A new account: no failures, no lock. */
    UserAccount(String username, String passwordHash, String displayName, Set<Role> roles, String youngPersonId,
            boolean enabled, Instant createdAt) {
        this(username, passwordHash, displayName, roles, youngPersonId, enabled, createdAt, 0, null);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
