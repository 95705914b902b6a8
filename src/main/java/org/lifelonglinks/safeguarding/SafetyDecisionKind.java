package org.lifelonglinks.safeguarding;

/** What a safety decision allows. */
public enum SafetyDecisionKind {
    APPROVED,
    /** Contact may go ahead as the conditions say, e.g. supervised, or letters only. */
    WITH_CONDITIONS,
    DO_NOT_CONTACT
}
