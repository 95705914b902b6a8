package org.lifelonglinks.privacy;

/** Where the consent of those with parental responsibility stands. */
public enum ParentalConsent {
    GIVEN,
    /** Not needed: the young person is competent to decide, or the local authority holds parental responsibility. */
    NOT_NEEDED,
    NOT_YET_ASKED,
    REFUSED;

    boolean allowsWork() {
        return this == GIVEN || this == NOT_NEEDED;
    }
}
