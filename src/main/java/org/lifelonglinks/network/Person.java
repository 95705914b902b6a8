package org.lifelonglinks.network;

import java.time.LocalDate;
import java.util.List;

/** A person in a network as the API shows it to workers; never their contact details. */
public record Person(String id, String givenName, String familyName, List<String> formerFamilyNames, String knownAs,
        LocalDate dateOfBirth, Integer birthYear, Sex sex, boolean deceased, String town, String postcode) {

    static Person of(String id, PersonDetails d) {
        return new Person(id, d.givenName(), d.familyName(), d.formerFamilyNames(), d.knownAs(), d.dateOfBirth(),
                d.birthYear(), d.sex(), d.deceased(), d.town(), d.postcode());
    }

    PersonDetails details() {
        return new PersonDetails(givenName, familyName, formerFamilyNames, knownAs, dateOfBirth, birthYear, sex,
                deceased, town, postcode);
    }
}
