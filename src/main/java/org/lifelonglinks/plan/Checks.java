package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.TextRules;

/** Field rules shared by this module's requests: each answers the problem a person can act on. */
final class Checks {

    static final int MAX_NOTE = TextRules.NOTE;

    private Checks() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new MissingFieldException(field);
        }
        return value;
    }

    /** A required one-line text: an id, or a few words. */
    static String requiredText(String field, String value) {
        String tidy = TextRules.line(field, value, TextRules.LINE);
        if (tidy == null) {
            throw new MissingFieldException(field);
        }
        return tidy;
    }

    /** An optional note of one or more lines. */
    static String optionalText(String field, String value) {
        return TextRules.note(field, value, MAX_NOTE);
    }

    /** A list no longer than the rules allow; null becomes empty. */
    static <T> List<T> list(String field, List<T> values) {
        return TextRules.list(field, values, TextRules.LIST);
    }

    static LocalDate notFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidFieldException(field, field + " " + date + " is in the future");
        }
        return date;
    }

    static LocalDate notBefore(String field, LocalDate date, String otherField, LocalDate other) {
        if (date != null && other != null && date.isBefore(other)) {
            throw new InvalidFieldException(field, field + " " + date + " is before " + otherField + " " + other);
        }
        return date;
    }
}
