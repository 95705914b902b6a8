package org.lifelonglinks.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.Sha256;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * API tokens for scripts: 256 random bits, shown once, stored only as their SHA-256 hash. A fast hash is enough
 * because the secret is random and long, not a password a person chose; so a script pays one indexed read per call
 * instead of a bcrypt hash. The token signs in as its account <em>as the account is now</em>: its current roles
 * and caseload, and nothing at all once the account is disabled.
 */
@Service
class ApiTokens {

    static final String PREFIX = "llt_";
    /** How stale the "last used" time may get: one write every few minutes, not one per call. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final SignInProperties properties;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, SignInProperties properties,
            SignInThrottle throttle, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.properties = properties;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Makes a token for {@code username}, audited as {@code TOKEN_CREATED}. Refused to a request signed in with a
     * token: a stolen token must not be able to mint a longer-lived one.
     */
    CreatedApiToken create(Authentication caller, String username, NewApiToken request) {
        requirePasswordOrSession(caller);
        LocalDate today = LocalDate.now(clock);
        if (request.expiresOn().isBefore(today)) {
            throw new InvalidFieldException("expiresOn", "expiresOn must be today or later");
        }
        LocalDate latest = today.plusDays(properties.maxTokenLifetime().toDays());
        if (request.expiresOn().isAfter(latest)) {
            throw new InvalidFieldException("expiresOn", "expiresOn must be on or before " + latest);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var view = new ApiTokenView(UUID.randomUUID().toString(), request.name(), token.substring(0, PREFIX.length() + 6),
                username, caller.getName(), clock.instant(), request.expiresOn(), null);
        var event = new AuditEvent(caller.getName(), "TOKEN_CREATED", null, null, "token " + view.id() + " ("
                + view.prefix() + "…) for account " + username + ", works until " + view.expiresOn());
        if (!tokens.create(view, hash(token), event)) {
            throw new NotFoundException("Account");
        }
        return new CreatedApiToken(view.id(), view.name(), token, view.expiresOn());
    }

    List<ApiTokenView> list(String username) {
        if (accounts.findByUsername(username).isEmpty()) {
            throw new NotFoundException("Account");
        }
        return tokens.findByUsername(username);
    }

    /** Revokes one of the account's tokens at once, audited as {@code TOKEN_REVOKED}. */
    void revoke(Authentication caller, String username, String id) {
        var event = new AuditEvent(caller.getName(), "TOKEN_REVOKED", null, null, "token " + id + " of account "
                + username);
        if (!tokens.revoke(username, id, clock.instant(), event)) {
            throw new NotFoundException("Token");
        }
    }

    /**
     * The account a token signs in as. A refusal is audited as {@code TOKEN_REFUSED} and counted against the
     * client's address, so one address cannot try tokens for ever.
     */
    AccountPrincipal authenticate(String token, String address) {
        var blocked = throttle.blockedUntil("(unknown token)", address);
        if (blocked.isPresent()) {
            throw new SignInThrottledException(blocked.get());
        }
        var use = token.startsWith(PREFIX) && token.length() < 100 ? tokens.findForUse(hash(token)) : java.util.Optional
                .<ApiTokenRepository.TokenUse>empty();
        // Not Optional.map: a valid token's refusal is null, which map would turn into "unknown".
        String refusal = use.isPresent() ? refusal(use.get()) : "unknown token";
        if (refusal != null) {
            throttle.tokenRefused(address);
            String owner = use.map(u -> u.token().view().username()).orElse("(unknown token)");
            tokens.audit(new AuditEvent(owner, "TOKEN_REFUSED", null, null, refusal + " from " + address
                    + use.map(u -> " (token " + u.token().view().id() + ")").orElse("")));
            throw new BadCredentialsException("The token is not valid");
        }
        var found = use.orElseThrow();
        var view = found.token().view();
        var now = clock.instant();
        if (view.lastUsedAt() == null || view.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            tokens.touch(view.id(), now);
        }
        return new AccountPrincipal(found.account());
    }

    /** Why this token may not sign in now; null if it may. */
    private String refusal(ApiTokenRepository.TokenUse use) {
        if (use.token().revoked()) {
            return "revoked token";
        }
        if (use.token().view().expiresOn().isBefore(LocalDate.now(clock))) {
            return "expired token";
        }
        if (use.account() == null) {
            return "token of a deleted account";
        }
        if (!use.account().enabled()) {
            return "token of a disabled account";
        }
        return null;
    }

    static void requirePasswordOrSession(Authentication caller) {
        if (caller instanceof TokenAuthentication) {
            throw new ForbiddenException("Sign in with your password to make API tokens, not with a token");
        }
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
