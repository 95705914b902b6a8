package org.lifelonglinks.safeguarding;

/** Why a safety decision was made. */
public enum SafetyBasis {
    COURT_ORDER,
    LOCAL_AUTHORITY_REFUSAL,
    RISK_ASSESSMENT,
    YOUNG_PERSONS_WISH
}
