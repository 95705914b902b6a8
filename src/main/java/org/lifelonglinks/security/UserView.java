package org.lifelonglinks.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An account as the API shows it: never the password or its hash.
 *
 * @param lockedUntil     while some client address is blocked from signing in to this account after repeated wrong
 *                        passwords, when the last such block ends; null otherwise. The account itself stays open
 *                        to every other address
 * @param blockedAddresses the client addresses blocked for this account now, with when each block ends
 * @param email            where the worker's notifications are e-mailed, or null
 */
public record UserView(String username, String displayName, Set<Role> roles, String youngPersonId, boolean enabled,
        Instant createdAt, Instant lockedUntil, List<SignInBlock> blockedAddresses, String email) {

    static UserView of(UserAccount account, List<SignInBlock> blocks) {
        return new UserView(account.username(), account.displayName(), account.roles(), account.youngPersonId(),
                account.enabled(), account.createdAt(), blocks.isEmpty() ? null : blocks.getLast().until(),
                List.copyOf(blocks), account.email());
    }
}
