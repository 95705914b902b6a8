package org.lifelonglinks.tracing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Compares what a query says about birth with a record: a full date of birth, tolerating day and month swapped, a
 * single mistyped digit or two adjacent digits transposed; or an approximate year with a range (an age turned into
 * a year by the caller). Weights are in bits, roughly log2 of how much likelier the agreement is for the same person
 * than for two people at random (a full date agrees by chance about once in 30,000 pairs: 13 bits).
 */
final class DateMatcher {

    static final double EXACT = 13.0;
    static final double SWAPPED = 9.0;
    static final double ONE_DIGIT = 8.0;
    static final double YEAR_AND_MONTH = 4.0;
    static final double TWO_DIGITS = 3.5;
    static final double DAY_AND_MONTH = 2.0;
    static final double YEAR_ONLY = 2.0;
    static final double WITHIN_A_YEAR = 1.0;
    static final double DIFFERENT = -3.0;
    /** Born within a week, a month, two months of each other (the same year or across a new year). */
    static final double WITHIN_A_WEEK = 6.0;
    static final double WITHIN_A_MONTH = 4.5;
    static final double WITHIN_TWO_MONTHS = 3.0;
    /** The same time of year (within a week, a month, two months) one year or a decade apart. */
    static final double YEAR_OUT_WITHIN_A_WEEK = 4.0;
    static final double YEAR_OUT_WITHIN_A_MONTH = 3.0;
    static final double YEAR_OUT_WITHIN_TWO_MONTHS = 2.0;
    /** Days that count as a week, a month and two months apart. */
    static final int WEEK = 7;
    static final int MONTH = 31;
    static final int TWO_MONTHS = 62;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

    private DateMatcher() {
    }

    /** The evidence about birth, or {@code null} when the query or the record says nothing about it. */
    static Evidence compare(TraceQuery query, TraceRecord record) {
        return compare(query, record, TracingRules.ALL);
    }

    /** As {@link #compare(TraceQuery, TraceRecord)}, with the near-date rule only if {@code rules} say so. */
    static Evidence compare(TraceQuery query, TraceRecord record, TracingRules rules) {
        if (query.dateOfBirth() != null) {
            if (record.dateOfBirth() != null) {
                Evidence digits = compareDates(query.dateOfBirth(), record.dateOfBirth());
                if (!rules.nearDates()) {
                    return digits;
                }
                Evidence near = compareNear(query.dateOfBirth(), record.dateOfBirth());
                return near != null && near.weight() > digits.weight() ? near : digits;
            }
            if (record.birthYear() != null) {
                return compareYears(query.dateOfBirth().getYear(), 0, record.birthYear());
            }
            return null;
        }
        if (query.birthYear() != null && record.birthYear() != null) {
            return compareYears(query.birthYear(), query.birthYearRange(), record.birthYear());
        }
        return null;
    }

    static Evidence compareDates(LocalDate query, LocalDate record) {
        if (query.equals(record)) {
            return birth(EXACT, "date of birth matches");
        }
        String shown = record.format(SHOWN);
        if (query.getYear() == record.getYear() && query.getMonthValue() == record.getDayOfMonth()
                && query.getDayOfMonth() == record.getMonthValue()) {
            return birth(SWAPPED, "date of birth matches with day and month swapped (recorded " + shown + ")");
        }
        String q = query.format(DIGITS);
        String r = record.format(DIGITS);
        int differing = 0;
        for (int i = 0; i < q.length(); i++) {
            if (q.charAt(i) != r.charAt(i)) {
                differing++;
            }
        }
        if (differing == 1) {
            return birth(ONE_DIGIT, "date of birth differs by one digit (recorded " + shown + ")");
        }
        if (differing == 2 && StringSimilarity.editDistance(q, r) == 1) {
            return birth(ONE_DIGIT, "date of birth has two digits swapped (recorded " + shown + ")");
        }
        if (differing == 2) {
            return birth(TWO_DIGITS, "date of birth differs in two digits (recorded " + shown + ")");
        }
        if (query.getYear() == record.getYear() && query.getMonthValue() == record.getMonthValue()) {
            return birth(YEAR_AND_MONTH, "born in the same month (recorded " + shown + ")");
        }
        if (query.getMonthValue() == record.getMonthValue() && query.getDayOfMonth() == record.getDayOfMonth()) {
            return birth(DAY_AND_MONTH, "same birthday, different year (recorded " + shown + ")");
        }
        if (query.getYear() == record.getYear()) {
            return birth(YEAR_ONLY, "born " + record.getYear() + ", day and month differ (recorded "
                    + shown + ")");
        }
        if (Math.abs(ChronoUnit.DAYS.between(query, record)) <= 400) {
            return birth(WITHIN_A_YEAR, "born within about a year (recorded " + shown + ")");
        }
        return birth(DIFFERENT, "date of birth differs (recorded " + shown + ")");
    }

    /**
     * Dates remembered or recorded a little out: born within a week, a month or two months of each other; or at
     * the same time of year but one year or a decade apart (a year typed or estimated a decade out, 1973 for
     * 1983). {@code null} when the dates are further apart than that.
     */
    static Evidence compareNear(LocalDate query, LocalDate record) {
        String shown = record.format(SHOWN);
        long days = Math.abs(ChronoUnit.DAYS.between(query, record));
        if (days <= TWO_MONTHS) {
            double weight = days <= WEEK ? WITHIN_A_WEEK : days <= MONTH ? WITHIN_A_MONTH : WITHIN_TWO_MONTHS;
            return birth(weight, "born " + days + (days == 1 ? " day" : " days") + " apart (recorded " + shown + ")");
        }
        long best = Long.MAX_VALUE;
        int bestYears = 0;
        for (int years : new int[] {1, -1, 10, -10}) {
            long apart = Math.abs(ChronoUnit.DAYS.between(query, record.plusYears(years)));
            if (apart < best) {
                best = apart;
                bestYears = Math.abs(years);
            }
        }
        if (best > TWO_MONTHS) {
            return null;
        }
        double weight = best <= WEEK ? YEAR_OUT_WITHIN_A_WEEK : best <= MONTH ? YEAR_OUT_WITHIN_A_MONTH
                : YEAR_OUT_WITHIN_TWO_MONTHS;
        String out = bestYears == 1 ? "a year" : "a decade";
        String when = best == 0 ? "same birthday" : "same time of year";
        return birth(weight, when + " but " + out + " apart (recorded " + shown + ")");
    }

    static Evidence compareYears(int queryYear, int range, int recordYear) {
        int distance = Math.abs(queryYear - recordYear);
        if (distance <= range) {
            double weight = range == 0 ? 4.0 : Math.max(1.0, 4.0 - Math.log(range + 1) / Math.log(2)
                    - 0.5 * distance);
            String within = range == 0 ? "" : distance == 0 ? ", as estimated" : ", within " + range
                    + (range == 1 ? " year" : " years");
            return birth(weight, "born " + recordYear + within);
        }
        int beyond = distance - range;
        double weight = beyond == 1 ? -1.0 : Math.max(-6.0, -1.0 - beyond);
        return birth(weight, "born " + recordYear + ", " + distance + (distance == 1 ? " year" : " years")
                + " from " + queryYear);
    }

    private static Evidence birth(double weight, String reason) {
        return new Evidence(Evidence.About.BIRTH, weight, reason);
    }
}
