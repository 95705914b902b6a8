package org.lifelonglinks.network;

/** The contact situation between the young person and someone at referral: what outcomes are measured against. */
public enum Baseline {
    REGULAR, OCCASIONAL, LOST_TOUCH, BROKEN_DOWN, NEVER_MET
}
