package org.lifelonglinks.plan;

import java.time.LocalDate;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;

/** Field rules shared by this module's requests: each answers the problem a person can act on. */
final class Checks {

    static final int MAX_NOTE = 2000;

    private Checks() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new MissingFieldException(field);
        }
        return value;
    }

    static String requiredText(String field, String value) {
        String tidy = optionalText(field, value);
        if (tidy == null) {
            throw new MissingFieldException(field);
        }
        return tidy;
    }

    static String optionalText(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String tidy = value.strip();
        if (tidy.length() > MAX_NOTE) {
            throw new InvalidFieldException(field, field + " must be at most " + MAX_NOTE + " characters");
        }
        return tidy;
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
