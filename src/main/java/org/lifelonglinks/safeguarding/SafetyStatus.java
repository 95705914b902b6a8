package org.lifelonglinks.safeguarding;

/** Where a connection stands on safety today. */
public enum SafetyStatus {
    /** No decision recorded. */
    NOT_ASSESSED,
    APPROVED,
    WITH_CONDITIONS,
    DO_NOT_CONTACT,
    /** The last decision has expired: someone must decide again. */
    CHECK_REQUIRED
}
