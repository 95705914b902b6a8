package org.lifelonglinks.network;

/** The contact situation between the young person and someone at referral: what outcomes are measured against. */
public enum Baseline {
    REGULAR, OCCASIONAL, LOST_TOUCH, BROKEN_DOWN, NEVER_MET;

    /** In regular or occasional contact: the two situations that count as being in touch. */
    public boolean inTouch() {
        return this == REGULAR || this == OCCASIONAL;
    }
}
