package org.lifelonglinks.network;

import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.system.FieldProblems;
import org.lifelonglinks.system.InvalidFieldException;

/**
 * The body of {@code POST /api/young-people/{id}/people}: either a new person's details, or the {@code personId}
 * of someone already known (for example a sibling's grandmother), plus what they are to this young person.
 */
public record AddPerson(String personId, String givenName, String familyName, List<String> formerFamilyNames,
        String knownAs, LocalDate dateOfBirth, Integer birthYear, Sex sex, Boolean deceased, String town,
        String postcode, String relationship, Category category, Wish wish, Source source, Baseline baseline,
        Boolean hiddenFromYoungPerson) {

    boolean connectsExisting() {
        return personId != null;
    }

    /** Every problem with the request at once: the new person's details and what they are to the young person. */
    void check() {
        var problems = new FieldProblems();
        if (!connectsExisting()) {
            problems.get(this::person);
        }
        problems.get(this::connection);
        problems.throwIfAny();
    }

    PersonDetails person() {
        if (connectsExisting()) {
            throw new IllegalStateException("an existing person has no new details");
        }
        return new PersonDetails(givenName, familyName, formerFamilyNames, knownAs, dateOfBirth, birthYear, sex,
                Boolean.TRUE.equals(deceased), town, postcode);
    }

    ConnectionDetails connection() {
        if (connectsExisting() && (givenName != null || familyName != null || knownAs != null
                || dateOfBirth != null || birthYear != null || town != null || postcode != null)) {
            throw new InvalidFieldException("personId",
                    "give either personId to connect someone already known, or a new person's details, not both");
        }
        return new ConnectionDetails(relationship, category, wish, source, baseline,
                Boolean.TRUE.equals(hiddenFromYoungPerson));
    }
}
