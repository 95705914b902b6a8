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
 * @param email         where notifications are sent, if anywhere
 */
record UserAccount(String username, String passwordHash, String displayName, Set<Role> roles,
        String youngPersonId, boolean enabled, Instant createdAt, String email) implements java.io.Serializable {
}
