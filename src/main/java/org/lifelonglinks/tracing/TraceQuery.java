package org.lifelonglinks.tracing;

import java.time.LocalDate;

/**
 * What a coordinator knows about a lost person. Validates itself: at least one name, sensible dates and limits.
 * An age instead of a date becomes {@code birthYear} with a {@code birthYearRange} (e.g. "about 45" in 2026 is
 * 1981 ± 2).
 *
 * @param givenName      given name, nickname or known-as name; may be {@code null} if {@code familyName} is given
 * @param familyName     any family name the person may have had; may be {@code null} if {@code givenName} is given
 * @param dateOfBirth    full date of birth if known
 * @param birthYear      approximate year of birth when the date is unknown
 * @param birthYearRange how many years either side of {@code birthYear} still count (default 0, at most 20)
 * @param town           town or suburb, supporting evidence only
 * @param postcode       full postcode or outward code, supporting evidence only
 * @param sex            sex as recorded, supporting evidence only
 * @param limit          how many candidates to return (default {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT})
 */
public record TraceQuery(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Integer birthYear,
        Integer birthYearRange,
        String town,
        String postcode,
        String sex,
        Integer limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    static final int MAX_YEAR_RANGE = 20;
    /** Years of birth a trace, a directory record and a network person may hold (historical records included). */
    static final int OLDEST_YEAR = 1000;
    static final int LATEST_YEAR = 2200;

    public TraceQuery {
        givenName = blankToNull(givenName);
        familyName = blankToNull(familyName);
        town = blankToNull(town);
        postcode = blankToNull(postcode);
        sex = blankToNull(sex);
        if (givenName == null && familyName == null) {
            throw new IllegalArgumentException("givenName or familyName is required");
        }
        if (NameNormaliser.tokens(givenName).isEmpty() && NameNormaliser.tokens(familyName).isEmpty()) {
            throw new IllegalArgumentException("givenName or familyName must contain letters");
        }
        if (givenName != null && givenName.length() > 200) {
            throw new IllegalArgumentException("givenName is longer than 200 characters");
        }
        if (familyName != null && familyName.length() > 200) {
            throw new IllegalArgumentException("familyName is longer than 200 characters");
        }
        if (limit == null) {
            limit = DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (birthYearRange != null && (birthYearRange < 0 || birthYearRange > MAX_YEAR_RANGE)) {
            throw new IllegalArgumentException("birthYearRange must be between 0 and " + MAX_YEAR_RANGE);
        }
        if (birthYearRange != null && birthYearRange > 0 && birthYear == null) {
            throw new IllegalArgumentException("birthYearRange needs birthYear");
        }
        if (birthYear != null && (birthYear < OLDEST_YEAR || birthYear > LATEST_YEAR)) {
            throw new IllegalArgumentException("birthYear is out of range");
        }
        if (dateOfBirth != null && birthYear != null && dateOfBirth.getYear() != birthYear) {
            throw new IllegalArgumentException("birthYear disagrees with dateOfBirth");
        }
        if (birthYearRange == null) {
            birthYearRange = 0;
        }
    }

    /** A query by name only. */
    public static TraceQuery byName(String givenName, String familyName) {
        return new TraceQuery(givenName, familyName, null, null, null, null, null, null, null);
    }

    /** A copy with a date of birth. */
    public TraceQuery withDateOfBirth(LocalDate date) {
        return new TraceQuery(givenName, familyName, date, null, null, town, postcode, sex, limit);
    }

    /** A copy with an approximate year of birth. */
    public TraceQuery withBirthYear(int year, int range) {
        return new TraceQuery(givenName, familyName, null, year, range, town, postcode, sex, limit);
    }

    /** A copy with a town and postcode. */
    public TraceQuery withPlace(String newTown, String newPostcode) {
        return new TraceQuery(givenName, familyName, dateOfBirth, birthYear, birthYearRange, newTown, newPostcode,
                sex, limit);
    }

    /** A copy with another limit. */
    public TraceQuery withLimit(int newLimit) {
        return new TraceQuery(givenName, familyName, dateOfBirth, birthYear, birthYearRange, town, postcode, sex,
                newLimit);
    }

    /** The year of birth the query implies, from the date or the approximate year; {@code null} if neither. */
    Integer impliedBirthYear() {
        return dateOfBirth != null ? Integer.valueOf(dateOfBirth.getYear()) : birthYear;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
