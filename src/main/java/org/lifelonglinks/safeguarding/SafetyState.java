package org.lifelonglinks.safeguarding;

import java.time.LocalDate;

/**
 * A connection's safety today: the current decision, read against the date. An expired decision, of any kind,
 * reverts to {@link SafetyStatus#CHECK_REQUIRED}. This is the only place the rule is written down; the date
 * always comes from {@link Safeguarding}'s clock.
 */
public record SafetyState(SafetyStatus status, SafetyDecision current) {

    static SafetyState of(SafetyDecision current, LocalDate today) {
        if (current == null) {
            return new SafetyState(SafetyStatus.NOT_ASSESSED, null);
        }
        if (current.expiredOn(today)) {
            return new SafetyState(SafetyStatus.CHECK_REQUIRED, current);
        }
        return new SafetyState(switch (current.decision()) {
            case APPROVED -> SafetyStatus.APPROVED;
            case WITH_CONDITIONS -> SafetyStatus.WITH_CONDITIONS;
            case DO_NOT_CONTACT -> SafetyStatus.DO_NOT_CONTACT;
        }, current);
    }

    /** A do-not-contact decision stands: nothing may involve the person, and the young person never sees them. */
    public boolean barred() {
        return status == SafetyStatus.DO_NOT_CONTACT;
    }

    /**
     * Kept out of everything made for the young person: a standing do-not-contact decision, or one that has expired
     * with no new decision since. Expiry alone must not bring someone back into a child's view: a person decides
     * again first.
     */
    public boolean keptFromYoungPerson() {
        return barred() || (status == SafetyStatus.CHECK_REQUIRED
                && current.decision() == SafetyDecisionKind.DO_NOT_CONTACT);
    }

    /** Contact is approved (with or without conditions) and the approval has not expired. */
    public boolean approved() {
        return status == SafetyStatus.APPROVED || status == SafetyStatus.WITH_CONDITIONS;
    }
}
