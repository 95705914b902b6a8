package org.lifelonglinks.tracing;

/**
 * Which of the matching rules added for issue 19 (point 4) the engine applies. Production always uses {@link #ALL};
 * {@link #BEFORE_ISSUE_19} is the engine as it was before them, kept so that {@code TracingEvaluation} can measure
 * both on the same data in one run. Each switch names one rule of docs/tracing.md.
 *
 * @param nearDates   dates of birth a few weeks apart, or at the same time of year one year or a decade apart, agree
 *                    in part, and retrieval fetches them (year-month tokens of the neighbouring months and years)
 * @param nearTowns   retrieval also fetches records whose town is spelt within one or two edits of the query's
 * @param nameShapes  a name with its letters in another order ("Sofia", "Fosia") agrees in part, and a doubled or
 *                    undoubled letter is a typing error even in a two-letter name ("Le", "Lee")
 * @param titles      titles, honorifics and generational suffixes ("Dr", "Sir", "Mrs", "Jr", "the Elder") and a
 *                    leading "of" ("of Gaunt") are not name parts: they are left out when a name has other parts
 */
record TracingRules(boolean nearDates, boolean nearTowns, boolean nameShapes, boolean titles) {

    /** Every rule: what production uses. */
    static final TracingRules ALL = new TracingRules(true, true, true, true);

    /** None of the issue 19 point 4 rules: the engine as it was before them. */
    static final TracingRules BEFORE_ISSUE_19 = new TracingRules(false, false, false, false);
}
