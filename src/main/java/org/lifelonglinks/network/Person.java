package org.lifelonglinks.network;

import java.time.LocalDate;
import java.util.List;

/**
 * A person in a network as the API shows it to workers; never their contact details.
 *
 * @param version incremented by every change; a change based on an older one is refused (412)
 */
public record Person(String id, String givenName, String familyName, List<String> formerFamilyNames, String knownAs,
        LocalDate dateOfBirth, Integer birthYear, Sex sex, boolean deceased, String town, String postcode,
        long version) {

    /** A person not read from the graph (a chart's projection, a family tree before import): version 0. */
    public Person(String id, String givenName, String familyName, List<String> formerFamilyNames, String knownAs,
            LocalDate dateOfBirth, Integer birthYear, Sex sex, boolean deceased, String town, String postcode) {
        this(id, givenName, familyName, formerFamilyNames, knownAs, dateOfBirth, birthYear, sex, deceased, town,
                postcode, 0);
    }

    static Person of(String id, PersonDetails d) {
        return new Person(id, d.givenName(), d.familyName(), d.formerFamilyNames(), d.knownAs(), d.dateOfBirth(),
                d.birthYear(), d.sex(), d.deceased(), d.town(), d.postcode());
    }

    PersonDetails details() {
        return new PersonDetails(givenName, familyName, formerFamilyNames, knownAs, dateOfBirth, birthYear, sex,
                deceased, town, postcode);
    }
}
