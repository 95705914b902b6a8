package org.lifelonglinks.plan;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the work with one person stands. The moves allowed are the arrows of the Lifelong Links process:
 * identified → searching → found → contacted → agreed / declined → in plan → active, with not safe and ended
 * reachable from the working states. Contact events move a connection forward along these arrows (never back);
 * a move the arrows do not allow is refused.
 */
public enum ConnectionStatus {
    IDENTIFIED(0), SEARCHING(1), FOUND(2), CONTACTED(3), AGREED(4), DECLINED(4), IN_PLAN(5), ACTIVE(6),
    /** Set and cleared only by safety decisions. */
    NOT_SAFE(-1),
    ENDED(-1);

    private static final Map<ConnectionStatus, Set<ConnectionStatus>> MOVES = new EnumMap<>(ConnectionStatus.class);

    static {
        MOVES.put(IDENTIFIED, EnumSet.of(SEARCHING, FOUND, CONTACTED, NOT_SAFE, ENDED));
        MOVES.put(SEARCHING, EnumSet.of(FOUND, CONTACTED, NOT_SAFE, ENDED));
        MOVES.put(FOUND, EnumSet.of(CONTACTED, NOT_SAFE, ENDED));
        MOVES.put(CONTACTED, EnumSet.of(AGREED, DECLINED, NOT_SAFE, ENDED));
        MOVES.put(AGREED, EnumSet.of(IN_PLAN, DECLINED, NOT_SAFE, ENDED));
        // Someone who declined may be asked again later.
        MOVES.put(DECLINED, EnumSet.of(CONTACTED, ENDED));
        MOVES.put(IN_PLAN, EnumSet.of(ACTIVE, NOT_SAFE, ENDED));
        MOVES.put(ACTIVE, EnumSet.of(NOT_SAFE, ENDED));
        // Lifting a do-not-contact decision restores the status from before it; ending it is always possible.
        MOVES.put(NOT_SAFE, EnumSet.of(ENDED));
        // A relationship that ended can be taken up again from the start.
        MOVES.put(ENDED, EnumSet.of(IDENTIFIED));
    }

    private final int step;

    ConnectionStatus(int step) {
        this.step = step;
    }

    boolean canMoveTo(ConnectionStatus next) {
        return MOVES.get(this).contains(next);
    }

    Set<ConnectionStatus> moves() {
        return MOVES.get(this);
    }

    /**
     * Where an event that implies {@code target} leaves a connection now here: the target, if the arrows lead
     * there through the working states; unchanged if the connection is already there or further on; empty if
     * the arrows cannot reach it (the connection has ended, or is not safe).
     */
    Optional<ConnectionStatus> advanceTowards(ConnectionStatus target) {
        if (target == this || canMoveTo(target)) {
            return Optional.of(target);
        }
        if (step < 0) {
            return Optional.empty();
        }
        if (target.step >= 0 && target.step < step) {
            return Optional.of(this);
        }
        var seen = EnumSet.of(this);
        var queue = new ArrayDeque<ConnectionStatus>();
        queue.add(this);
        while (!queue.isEmpty()) {
            for (var next : queue.poll().moves()) {
                if (next == target) {
                    return Optional.of(target);
                }
                if (next.step > 0 && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }
}
