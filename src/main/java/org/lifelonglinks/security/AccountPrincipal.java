package org.lifelonglinks.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of an account, read afresh for every password or token check. Accounts are never locked as
 * a whole: {@link SignInThrottle} blocks clients, not accounts.
 *
 * <p>A signed-in browser session keeps it, serialised, in Neo4j ({@code system.Neo4jSessions}); once the password has
 * been checked its hash is erased, so the session never holds it.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private UserAccount account;

    AccountPrincipal(UserAccount account) {
        this.account = account;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(account.username(), account.roles(), account.youngPersonId());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = account.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public void eraseCredentials() {
        account = new UserAccount(account.username(), null, account.displayName(), account.roles(),
                account.youngPersonId(), account.enabled(), account.createdAt(), account.email());
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
