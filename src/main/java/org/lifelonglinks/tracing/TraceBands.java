package org.lifelonglinks.tracing;

/**
 * How sure a trace candidate is, in the words the coordinator reads: "likely", "possible" or the rest, which the
 * page folds away. The thresholds are scores (bits of evidence) measured on the evaluation data sets by
 * {@code TraceBandCalibration}: at or above {@code likely}, candidates were the person searched for at least 95% of
 * the time; between {@code possible} and {@code likely}, about one time in six (worth checking); below, about
 * one in a thousand. docs/tracing.md has the measured figures.
 *
 * @param likely   the lowest score of a likely match
 * @param possible the lowest score of a possible match; not above {@code likely}
 */
public record TraceBands(double likely, double possible) {

    /** The thresholds measured on FEBRL 1-3 and fake_1000 (see docs/tracing.md). */
    public static final TraceBands DEFAULT = new TraceBands(16.0, 12.0);

    public TraceBands {
        if (possible > likely) {
            throw new IllegalArgumentException("a possible match cannot need more evidence than a likely one");
        }
    }

    /** A candidate's band. */
    public enum Band {
        /** Usually the person searched for. */
        LIKELY("Likely match"),
        /** Worth checking: right about one time in six. */
        POSSIBLE("Possible match"),
        /** Usually someone else: folded away on the page. */
        UNLIKELY("Unlikely match");

        private final String words;

        Band(String words) {
            this.words = words;
        }

        /** The band in words, as the page shows it. */
        public String words() {
            return words;
        }
    }

    /** The band a score falls in. */
    public Band bandOf(double score) {
        if (score >= likely) {
            return Band.LIKELY;
        }
        return score >= possible ? Band.POSSIBLE : Band.UNLIKELY;
    }
}
