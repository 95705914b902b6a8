package org.lifelonglinks.security;

import java.time.Instant;
import java.util.Set;

/** An account as the API shows it: never the password or its hash; {@code lockedUntil} after repeated failed sign-ins. */
public record UserView(String username, String displayName, Set<Role> roles, String youngPersonId, boolean enabled,
        Instant createdAt, Instant lockedUntil) {

    static UserView of(UserAccount account) {
        return new UserView(account.username(), account.displayName(), account.roles(), account.youngPersonId(),
                account.enabled(), account.createdAt(), account.lockedUntil());
    }
}
