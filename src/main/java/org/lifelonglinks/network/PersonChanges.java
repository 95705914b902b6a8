package org.lifelonglinks.network;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code PATCH /api/people/{personId}}: fields left out stay as they are. */
public record PersonChanges(String givenName, String familyName, List<String> formerFamilyNames, String knownAs,
        LocalDate dateOfBirth, Integer birthYear, Sex sex, Boolean deceased, String town, String postcode) {

    PersonDetails applyTo(PersonDetails current) {
        LocalDate date = dateOfBirth != null ? dateOfBirth : current.dateOfBirth();
        // A new approximate year replaces a date that no longer agrees with it.
        if (birthYear != null && dateOfBirth == null && date != null && date.getYear() != birthYear) {
            date = null;
        }
        return new PersonDetails(
                givenName != null ? givenName : current.givenName(),
                familyName != null ? familyName : current.familyName(),
                formerFamilyNames != null ? formerFamilyNames : current.formerFamilyNames(),
                knownAs != null ? knownAs : current.knownAs(),
                date,
                birthYear != null ? birthYear : (dateOfBirth != null ? null : current.birthYear()),
                sex != null ? sex : current.sex(),
                deceased != null ? deceased : current.deceased(),
                town != null ? town : current.town(),
                postcode != null ? postcode : current.postcode());
    }
}
