package org.lifelonglinks.network;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.TextRules;

/** Checks and tidies the values people type, shared by the network's records. */
final class Fields {

    // Family trees reach back centuries: ancestors are people in the network too.
    static final int OLDEST_YEAR = 1000;
    // A full UK postcode ("CV1 2AB") or just its outward part ("CV1"), as last-known places often are.
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?( ?[0-9][A-Z]{2})?");

    private Fields() {
    }

    static String required(String field, String value) {
        String tidy = optional(field, value);
        if (tidy == null) {
            throw new MissingFieldException(field);
        }
        return tidy;
    }

    /** A one-line text such as a town, a relationship or a case id; the rules are {@link TextRules}'. */
    static String optional(String field, String value) {
        return TextRules.line(field, value, TextRules.LINE);
    }

    /** A name: as {@link #optional}, and it must hold a letter. */
    static String name(String field, String value) {
        return TextRules.name(field, value);
    }

    /** A required name. */
    static String requiredName(String field, String value) {
        String tidy = name(field, value);
        if (tidy == null) {
            throw new MissingFieldException(field);
        }
        return tidy;
    }

    /** Earlier names: each a name, at most {@value TextRules#LIST} of them. */
    static List<String> names(String field, List<String> values) {
        return TextRules.names(field, values);
    }

    static LocalDate pastDate(String field, LocalDate date) {
        if (date == null) {
            return null;
        }
        if (date.isAfter(LocalDate.now())) {
            throw new InvalidFieldException(field, field + " " + date + " is in the future");
        }
        if (date.getYear() < OLDEST_YEAR) {
            throw new InvalidFieldException(field, field + " " + date + " is before " + OLDEST_YEAR);
        }
        return date;
    }

    static Integer pastYear(String field, Integer year) {
        if (year == null) {
            return null;
        }
        if (year > Year.now().getValue() || year < OLDEST_YEAR) {
            throw new InvalidFieldException(field,
                    field + " must be between " + OLDEST_YEAR + " and " + Year.now().getValue());
        }
        return year;
    }

    static String postcode(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        TextRules.line(field, value, TextRules.LINE);
        String upper = value.strip().toUpperCase().replaceAll("\\s+", " ");
        if (!POSTCODE.matcher(upper).matches()) {
            throw new InvalidFieldException(field,
                    field + " '" + value.strip() + "' is not a UK postcode or the first part of one");
        }
        if (!upper.contains(" ") && upper.length() > 4) {
            upper = upper.substring(0, upper.length() - 3) + " " + upper.substring(upper.length() - 3);
        }
        return upper;
    }
}
