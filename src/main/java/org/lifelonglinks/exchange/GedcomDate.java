package org.lifelonglinks.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GEDCOM date as the network records birth dates: an exact day when the file gives one, otherwise a year
 * (approximate, estimated, calculated, before or after a year: that year; a range: its middle). Other calendars,
 * B.C. dates, years before 1000 or in the future, phrases and dates that are not dates give nothing: the person
 * is imported without a birth date rather than refused.
 */
record GedcomDate(LocalDate exact, Integer year) {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2),
            Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
            Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11),
            Map.entry("DEC", 12));
    private static final Pattern SIMPLE = Pattern.compile("(?:(\\d{1,2}) )?(?:([A-Z]{3}) )?(\\d{3,4})(?:/\\d{1,2})?");
    private static final Pattern RANGE = Pattern.compile("(?:BET|FROM) (.+?) (?:AND|TO) (.+)");
    private static final Pattern QUALIFIED = Pattern.compile("(?:ABT|EST|CAL|BEF|AFT|FROM|TO|INT) (.+?)(?: \\(.*\\))?");

    static final GedcomDate NONE = new GedcomDate(null, null);
    /** The network records years from 1000 (family trees reach back centuries, not millennia). */
    static final int EARLIEST_YEAR = 1000;

    static GedcomDate parse(String text) {
        var date = read(text);
        boolean recordable = date.year() == null || date.year() >= EARLIEST_YEAR
                && date.year() <= java.time.Year.now().getValue()
                && (date.exact() == null || !date.exact().isAfter(LocalDate.now()));
        return recordable ? date : NONE;
    }

    private static GedcomDate read(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String date = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (date.startsWith("@#D") && !date.startsWith("@#DGREGORIAN@")) {
            return NONE;
        }
        date = date.replace("@#DGREGORIAN@ ", "").replace("GREGORIAN ", "");
        if (date.contains("B.C.") || date.contains("BCE")) {
            return NONE;
        }
        Matcher range = RANGE.matcher(date);
        if (range.matches()) {
            var from = simple(range.group(1));
            var to = simple(range.group(2));
            if (from.year() == null || to.year() == null) {
                return from.year() != null ? new GedcomDate(null, from.year()) : new GedcomDate(null, to.year());
            }
            return new GedcomDate(null, (from.year() + to.year()) / 2);
        }
        Matcher qualified = QUALIFIED.matcher(date);
        if (qualified.matches()) {
            return new GedcomDate(null, simple(qualified.group(1)).year());
        }
        return simple(date);
    }

    private static GedcomDate simple(String date) {
        Matcher m = SIMPLE.matcher(date.strip());
        if (!m.matches()) {
            return NONE;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(1) != null && m.group(2) != null && MONTHS.containsKey(m.group(2))) {
            try {
                return new GedcomDate(LocalDate.of(year, MONTHS.get(m.group(2)), Integer.parseInt(m.group(1))), year);
            } catch (DateTimeException e) {
                return new GedcomDate(null, year);
            }
        }
        if (m.group(2) != null && !MONTHS.containsKey(m.group(2))) {
            return NONE;
        }
        return new GedcomDate(null, year);
    }

    /** As GEDCOM writes it: the exact day, or "ABT" the year. */
    String gedcom() {
        if (exact != null) {
            return exact.getDayOfMonth() + " " + MONTHS.entrySet().stream()
                    .filter(e -> e.getValue() == exact.getMonthValue()).findFirst().orElseThrow().getKey()
                    + " " + exact.getYear();
        }
        return year == null ? null : "ABT " + year;
    }
}
