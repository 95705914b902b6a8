package org.lifelonglinks.plan;

/** What came of a coordinator's tracing attempt, and where it leaves the connection. */
public enum ContactOutcome {
    NO_ANSWER(ConnectionStatus.SEARCHING),
    WRONG_PERSON(ConnectionStatus.SEARCHING),
    REACHED(ConnectionStatus.CONTACTED),
    DECLINED(ConnectionStatus.DECLINED),
    AGREED_TO_BE_INVOLVED(ConnectionStatus.AGREED),
    /** Reached, and a safety check is needed before anything else happens. */
    REFERRED_FOR_SAFETY_CHECK(ConnectionStatus.CONTACTED);

    private final ConnectionStatus implies;

    ContactOutcome(ConnectionStatus implies) {
        this.implies = implies;
    }

    ConnectionStatus implies() {
        return implies;
    }
}
