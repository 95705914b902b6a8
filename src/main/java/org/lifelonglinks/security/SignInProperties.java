package org.lifelonglinks.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules: throttling of wrong passwords, where the client's address comes from, HTTP Basic and API tokens.
 *
 * @param maxFailures            wrong passwords for one account from one client address that block that address
 *                               for that account ({@code lifelinks.sign-in.max-failures}); the same account from
 *                               any other address is not affected
 * @param lockFor                how long a block lasts, and how long failures are remembered
 *                               ({@code lifelinks.sign-in.lock-for}); an administrator can lift an account's blocks
 *                               sooner
 * @param firstDelay             the answer to the first wrong password is held back this long, each further one
 *                               twice as long as the one before ({@code lifelinks.sign-in.first-delay}); 0 switches
 *                               the delay off
 * @param maxFailuresPerAddress  failed sign-ins from one client address, whatever the accounts, that block the
 *                               address for every account ({@code lifelinks.sign-in.max-failures-per-address}), so
 *                               one client cannot try a password on many accounts
 * @param trustedProxies         addresses of reverse proxies whose {@code X-Forwarded-For} header is believed
 *                               ({@code lifelinks.sign-in.trusted-proxies}); empty (the default): the header is
 *                               ignored and the connection's address is the client's
 * @param basicEnabled           whether scripts may send HTTP Basic ({@code lifelinks.sign-in.basic-enabled});
 *                               switch off once every script uses an API token
 * @param maxTokenLifetime       the furthest ahead an API token may expire ({@code lifelinks.sign-in.max-token-lifetime})
 * @param bcryptStrength         the work factor of each new password hash, 4 to 31
 *                               ({@code lifelinks.sign-in.bcrypt-strength}, 10 by default: about 0.1 s a check here);
 *                               a hash keeps the strength it was made with, so a change applies to passwords set
 *                               from then on. Lowered only by the tests, which sign in thousands of times
 */
@ConfigurationProperties("lifelinks.sign-in")
public record SignInProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockFor,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("50") int maxFailuresPerAddress,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("true") boolean basicEnabled,
        @DefaultValue("366d") Duration maxTokenLifetime,
        @DefaultValue("10") int bcryptStrength) {

    public SignInProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("lifelinks.sign-in.max-failures must be at least 1");
        }
        if (maxFailuresPerAddress < maxFailures) {
            throw new IllegalArgumentException(
                    "lifelinks.sign-in.max-failures-per-address must be at least lifelinks.sign-in.max-failures");
        }
        if (firstDelay.isNegative() || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("lifelinks.sign-in.first-delay and lock-for must not be negative");
        }
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException("lifelinks.sign-in.bcrypt-strength must be from 4 to 31");
        }
        trustedProxies = trustedProxies == null ? List.of() : trustedProxies.stream().map(String::strip).toList();
    }
}
