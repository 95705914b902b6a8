package org.lifelonglinks.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules.
 *
 * @param maxFailures failed sign-ins in a row that lock an account ({@code lifelinks.sign-in.max-failures})
 * @param lockFor     how long the lock lasts ({@code lifelinks.sign-in.lock-for}); an administrator can lift it
 *                    sooner
 */
@ConfigurationProperties("lifelinks.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {

    public SignInProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("lifelinks.sign-in.max-failures must be at least 1");
        }
    }
}
