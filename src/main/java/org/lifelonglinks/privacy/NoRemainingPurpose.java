package org.lifelonglinks.privacy;

/** Why a person found or recorded is no longer needed, which starts the shorter retention period. */
public enum NoRemainingPurpose {
    /** Tracing found someone who turned out not to be the person sought. */
    WRONG_PERSON,
    /** The person declined to be part of the young person's network. */
    DECLINED
}
