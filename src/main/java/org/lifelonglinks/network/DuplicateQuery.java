package org.lifelonglinks.network;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/young-people/{id}/possible-duplicates}: what is known so far about someone a
 * coordinator is about to add, checked as a new person's details would be.
 */
record DuplicateQuery(String givenName, String familyName, List<String> formerFamilyNames, String knownAs,
        LocalDate dateOfBirth, Integer birthYear, Sex sex, String town, String postcode) {

    PersonDetails person() {
        return new PersonDetails(givenName, familyName, formerFamilyNames, knownAs, dateOfBirth, birthYear, sex,
                false, town, postcode);
    }
}
