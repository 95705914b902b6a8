package org.lifelonglinks.tracing;

import java.time.LocalDate;
import java.time.Year;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.TextRules;

/**
 * The body of {@code POST /api/trace}: what the young person or the case file knows about someone. Give an
 * {@code age} instead of a birth year when that is all that is known ("about 45"): it becomes a birth year
 * with a range of two years either side unless {@code birthYearRange} says otherwise. {@code youngPersonId} names
 * the young person the search is for: a coordinator must give it, and their consent must be on record.
 */
record TraceRequest(String youngPersonId, String givenName, String familyName, LocalDate dateOfBirth,
        Integer birthYear, Integer birthYearRange, Integer age, String town, String postcode, String sex,
        Integer limit) {

    private static final int AGE_RANGE = 2;

    TraceQuery toQuery(Year thisYear) {
        Integer year = birthYear;
        Integer range = birthYearRange;
        if (age != null) {
            if (age < 0 || age > 120) {
                throw new InvalidFieldException("age", "age must be between 0 and 120");
            }
            if (birthYear != null) {
                throw new InvalidFieldException("age", "give either age or birthYear, not both");
            }
            year = thisYear.getValue() - age;
            range = range == null ? AGE_RANGE : range;
        }
        try {
            return new TraceQuery(TextRules.line("givenName", givenName, TextRules.NAME),
                    TextRules.line("familyName", familyName, TextRules.NAME), dateOfBirth, year, range,
                    TextRules.line("town", town, TextRules.LINE), TextRules.line("postcode", postcode, TextRules.LINE),
                    TextRules.line("sex", sex, TextRules.LINE), limit);
        } catch (IllegalArgumentException e) {
            // TraceQuery's messages start with the name of the field at fault.
            String message = e.getMessage();
            String field = message.split("[ ,]", 2)[0];
            throw new InvalidFieldException(field.isEmpty() ? "givenName" : field, message);
        }
    }
}
