package org.lifelonglinks.security;

import java.time.Clock;
import org.lifelonglinks.audit.AuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after repeated wrong passwords, through the login form and HTTP Basic alike, so a password
 * cannot be guessed by trying many. While locked, even the right password is refused; the lock ends by itself
 * or when an administrator lifts it.
 */
@Component
class SignInLockout {

    private final UserAccountRepository accounts;
    private final SignInProperties properties;
    private final Clock clock;

    SignInLockout(UserAccountRepository accounts, SignInProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null || username.isBlank()) {
            return;
        }
        var lockedUntil = clock.instant().plus(properties.lockFor());
        accounts.recordFailedSignIn(username, properties.maxFailures(), lockedUntil,
                new AuditEvent(username, "ACCOUNT_LOCKED", null, null,
                        properties.maxFailures() + " failed sign-ins; locked until " + lockedUntil));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // Only an account with failures on record needs a write: most sign-ins (every scripted call) have none.
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                && principal.failedSignIns() > 0) {
            accounts.clearFailedSignIns(principal.getUsername(), null);
        }
    }
}
