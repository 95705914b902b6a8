package org.lifelonglinks.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * The signed-in user as the features see it.
 *
 * @param username      the account's name
 * @param roles         what the user may do
 * @param youngPersonId for a young person's own account, the record it belongs to; otherwise null
 */
public record CurrentUser(String username, Set<Role> roles, String youngPersonId) {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The user behind an authenticated request. */
    public static CurrentUser of(Authentication authentication) {
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.toCurrentUser();
        }
        throw new IllegalStateException("Request is not authenticated with a Lifelong Links account");
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return is(Role.ADMIN);
    }
}
