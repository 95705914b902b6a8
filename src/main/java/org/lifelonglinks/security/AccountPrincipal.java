package org.lifelonglinks.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an account. */
final class AccountPrincipal implements UserDetails {

    private final UserAccount account;
    private final boolean locked;

    AccountPrincipal(UserAccount account, Instant now) {
        this.account = account;
        this.locked = account.lockedAt(now);
    }

    /** Failed sign-ins counted so far; a success needs to clear them only when there are some. */
    int failedSignIns() {
        return account.failedSignIns();
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
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
