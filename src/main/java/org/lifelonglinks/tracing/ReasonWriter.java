package org.lifelonglinks.tracing;

/** Puts name evidence into the plain words a coordinator reads beside each candidate. */
final class ReasonWriter {

    private ReasonWriter() {
    }

    /**
     * @param label     what the record's name is ("given name", "surname", "former surname", "known-as name")
     * @param queryName the name as searched
     * @param match     how it compared
     */
    static String name(String label, String queryName, NameMatch match) {
        String recorded = match.recorded();
        return switch (match.level()) {
            case EXACT -> label + " matches (" + recorded + ")";
            case JOINED -> label + " matches " + recorded + " with spaces or hyphens ignored";
            case VARIANT -> match.relation() + " (" + label + ")";
            case PART -> label + " " + recorded + " shares a part with " + queryName;
            case TYPO -> label + " is a near spelling of " + recorded;
            case PHONETIC -> label + " sounds like " + recorded;
            case SHUFFLED -> label + " has the letters of " + recorded + " in another order";
            case SIMILAR -> label + " is similar to " + recorded;
            case INITIAL -> label + " " + recorded + " and " + queryName + " share the initial";
            case NONE -> label + " differs (recorded " + recorded + ")";
        };
    }

    static String swapped() {
        return "given name and surname swapped";
    }

    static String sex(boolean agrees, String recorded) {
        return agrees ? "sex matches" : "sex differs (recorded " + recorded + ")";
    }
}
