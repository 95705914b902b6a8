package org.lifelonglinks.tracing;

/**
 * How one name given in a query compares with one name on a record.
 *
 * @param level    the kind of agreement found
 * @param recorded the record's name as recorded, for reasons
 * @param relation words from the name tables ("Kate is a form of Katherine"), or {@code null}
 */
record NameMatch(Level level, String recorded, String relation) {

    /** Kinds of agreement, strongest first, with the share of the name's full agreement weight each earns. */
    enum Level {
        EXACT(1.0),
        JOINED(0.95),
        VARIANT(0.8),
        PART(0.8),
        TYPO(0.75),
        PHONETIC(0.6),
        /** The same letters in another order. */
        SHUFFLED(0.5),
        SIMILAR(0.4),
        /** An initial and a name that starts with it: the full weight of an initial, which is small. */
        INITIAL(1.0),
        NONE(0.0);

        final double share;

        Level(double share) {
            this.share = share;
        }
    }

    static final NameMatch NONE = new NameMatch(Level.NONE, null, null);

    boolean agrees() {
        return level != Level.NONE;
    }

    boolean betterThan(NameMatch other) {
        return level.ordinal() < other.level.ordinal();
    }
}
