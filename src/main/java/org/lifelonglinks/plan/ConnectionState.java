package org.lifelonglinks.plan;

import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.safeguarding.SafetyState;

/** What the rules need to know about one connection, read inside the transaction that changes it. */
record ConnectionState(String connectionId, String personId, String name, String relationship, Baseline baseline,
        ConnectionStatus status, ConnectionStatus statusBeforeNotSafe,
        SafetyState safety) {

    /** In regular or occasional contact at referral: contact with them is not a first contact. */
    boolean inTouchAtReferral() {
        return baseline.inTouch();
    }
}
