package org.lifelonglinks.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Slows down and then stops password guessing without letting a stranger lock anyone out. Wrong passwords are
 * counted per account <em>and</em> client address: each one is answered a little later than the one before, and the
 * {@code maxFailures}-th blocks that address for that account; the account's owner, signing in from anywhere else,
 * is not affected. Failures from one address across all accounts are counted too, so trying one password on many
 * accounts blocks the address for every account. A blocked attempt is refused without checking the password.
 *
 * <p>Kept in memory, like the sessions: a restart forgets the counts, and behind a load balancer each instance
 * counts for itself. The maps only hold addresses that failed recently and are pruned of expired entries.
 */
@Component
class SignInThrottle {

    /** Beyond this many remembered pairs, expired ones are dropped on the next failure. */
    private static final int PRUNE_ABOVE = 10_000;
    private static final Duration LONGEST_DELAY = Duration.ofSeconds(30);

    private record Pair(String username, String address) {
    }

    /** Failures of one account from one address: how many since the last success or block, and the block. */
    private record Counted(int failures, Instant last, Instant blockedUntil) {

        boolean blockedAt(Instant now) {
            return blockedUntil != null && now.isBefore(blockedUntil);
        }

        boolean expiredAt(Instant now, Duration remembered) {
            return !blockedAt(now) && now.isAfter(last.plus(remembered));
        }
    }

    private final Map<Pair, Counted> pairs = new ConcurrentHashMap<>();
    private final Map<String, Counted> addresses = new ConcurrentHashMap<>();
    private final SignInProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    SignInThrottle(SignInProperties properties, AuditTrail audit, Clock clock) {
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** When the block on this account from this address (or on the address for everyone) ends; empty if none. */
    Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant until = null;
        for (var counted : new Counted[] {addresses.get(address), pairs.get(new Pair(key(username), address))}) {
            if (counted != null && counted.blockedAt(now) && (until == null || counted.blockedUntil().isAfter(until))) {
                until = counted.blockedUntil();
            }
        }
        return Optional.ofNullable(until);
    }

    /**
     * Counts a wrong password for this account from this address, audits any block it causes, and answers how long to
     * hold back the answer: zero when this failure blocked the client (it is told so on its next attempt).
     */
    Duration failed(String username, String address) {
        Instant now = clock.instant();
        prune(now);
        var events = new ArrayList<AuditEvent>();
        Counted pair = pairs.compute(new Pair(key(username), address), (p, before) -> {
            int failures = before == null || before.expiredAt(now, properties.lockFor()) ? 1 : before.failures() + 1;
            if (failures >= properties.maxFailures()) {
                Instant until = now.plus(properties.lockFor());
                events.add(new AuditEvent(p.username(), "SIGN_IN_BLOCKED", null, null, "client " + address
                        + " blocked for this account until " + until + " after " + failures + " failed sign-ins"));
                return new Counted(0, now, until);
            }
            return new Counted(failures, now, null);
        });
        boolean addressBlocked = countForAddress(username, address, now, events);
        events.forEach(audit::append);
        if (pair.blockedAt(now) || addressBlocked) {
            return Duration.ZERO;
        }
        Duration delay = properties.firstDelay().multipliedBy(1L << Math.min(pair.failures() - 1, 20));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** Counts a refused API token against its client address only: a token names no account to block. */
    void tokenRefused(String address) {
        Instant now = clock.instant();
        var events = new ArrayList<AuditEvent>();
        countForAddress("(unknown token)", address, now, events);
        events.forEach(audit::append);
    }

    /** Forgets this account's failures from this address: its owner has signed in from there. */
    void succeeded(String username, String address) {
        if (!pairs.isEmpty()) {
            pairs.remove(new Pair(key(username), address));
        }
    }

    /** Lifts every block and forgets every failure of this account, from all addresses; answers how many were blocked. */
    int unblock(String username) {
        Instant now = clock.instant();
        String key = key(username);
        int[] blocked = {0};
        pairs.entrySet().removeIf(entry -> {
            if (!entry.getKey().username().equals(key)) {
                return false;
            }
            if (entry.getValue().blockedAt(now)) {
                blocked[0]++;
            }
            return true;
        });
        return blocked[0];
    }

    /** The addresses blocked for this account now, with when each block ends. */
    List<SignInBlock> blocks(String username) {
        Instant now = clock.instant();
        String key = key(username);
        return pairs.entrySet().stream()
                .filter(entry -> entry.getKey().username().equals(key) && entry.getValue().blockedAt(now))
                .map(entry -> new SignInBlock(entry.getKey().address(), entry.getValue().blockedUntil()))
                .sorted(java.util.Comparator.comparing(SignInBlock::until))
                .toList();
    }

    private boolean countForAddress(String username, String address, Instant now, List<AuditEvent> events) {
        Counted counted = addresses.compute(address, (a, before) -> {
            if (before != null && before.blockedAt(now)) {
                return before;
            }
            // The window starts at the first failure and lasts lockFor: failures older than that are forgotten.
            boolean fresh = before == null || now.isAfter(before.last().plus(properties.lockFor()));
            int failures = fresh ? 1 : before.failures() + 1;
            Instant windowStart = fresh ? now : before.last();
            if (failures >= properties.maxFailuresPerAddress()) {
                Instant until = now.plus(properties.lockFor());
                events.add(new AuditEvent(key(username), "ADDRESS_BLOCKED", null, null, "client " + address
                        + " blocked for every account until " + until + " after " + failures
                        + " failed sign-ins across accounts"));
                return new Counted(0, now, until);
            }
            return new Counted(failures, windowStart, null);
        });
        return counted.blockedAt(now);
    }

    private void prune(Instant now) {
        if (pairs.size() > PRUNE_ABOVE) {
            pairs.values().removeIf(counted -> counted.expiredAt(now, properties.lockFor()));
        }
        if (addresses.size() > PRUNE_ABOVE) {
            addresses.values().removeIf(counted -> counted.expiredAt(now, properties.lockFor()));
        }
    }

    /** Usernames as typed, bounded: a guesser's long inventions must not fill the memory. */
    private static String key(String username) {
        String name = String.valueOf(username);
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
