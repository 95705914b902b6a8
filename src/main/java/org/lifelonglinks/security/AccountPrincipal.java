package org.lifelonglinks.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of an account, read afresh for every password or token check. Accounts are never locked as
 * a whole: {@link SignInThrottle} blocks clients, not accounts.
 */
final class AccountPrincipal implements UserDetails {

    private final UserAccount account;

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
    public boolean isEnabled() {
        return account.enabled();
    }
}
