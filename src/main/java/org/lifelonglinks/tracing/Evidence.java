package org.lifelonglinks.tracing;

/**
 * One piece of evidence for or against a candidate: what it is about, a weight in bits (positive for agreement,
 * negative for disagreement) and the reason in plain words.
 */
record Evidence(About about, double weight, String reason) {

    /** What a piece of evidence is about, from the query's side: a query's given name may match a record's surname. */
    enum About {
        /** The given name (or nickname) searched for, against the record's given and known-as names. */
        GIVEN_NAME,
        /** The surname searched for, against the record's current and former surnames. */
        SURNAME,
        /** Given name and surname read the other way round. */
        NAME_ORDER,
        /** Date or year of birth. */
        BIRTH,
        /** Postcode or town. */
        PLACE,
        /** Recorded sex. */
        SEX
    }

    /** Whether this counts for the match. */
    boolean isFor() {
        return weight > 0;
    }

    /** Whether this counts against the match. */
    boolean isAgainst() {
        return weight < 0;
    }
}
