package org.lifelonglinks.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a username and password (the login form and HTTP Basic alike) under the {@link SignInThrottle}: a blocked
 * client is refused before its password is looked at, and the answer to a wrong password is held back by the
 * throttle's delay. The threads are virtual, so a held-back answer costs no platform thread.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = ClientAddresses.of(attempt);
        var blocked = throttle.blockedUntil(username, address);
        if (blocked.isPresent()) {
            throw new SignInThrottledException(blocked.get());
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return result;
        } catch (BadCredentialsException wrong) {
            holdBack(throttle.failed(username, address));
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static void holdBack(Duration delay) {
        if (delay.isPositive()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
