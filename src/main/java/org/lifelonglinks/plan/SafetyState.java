package org.lifelonglinks.plan;

import java.time.LocalDate;

/**
 * A connection's safety today: the current decision, read against the date. An expired decision, of any kind,
 * reverts to {@link SafetyStatus#CHECK_REQUIRED}.
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

    boolean barred() {
        return status == SafetyStatus.DO_NOT_CONTACT;
    }

    boolean approved() {
        return status == SafetyStatus.APPROVED || status == SafetyStatus.WITH_CONDITIONS;
    }
}
