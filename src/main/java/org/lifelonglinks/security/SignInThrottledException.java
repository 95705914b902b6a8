package org.lifelonglinks.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because its client is blocked (for this account, or for every account) until a time. */
final class SignInThrottledException extends AuthenticationException {

    private final Instant blockedUntil;

    SignInThrottledException(Instant blockedUntil) {
        super("Too many failed sign-ins from this address");
        this.blockedUntil = blockedUntil;
    }

    Instant blockedUntil() {
        return blockedUntil;
    }
}
