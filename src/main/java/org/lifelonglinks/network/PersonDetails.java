package org.lifelonglinks.network;

import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.system.FieldProblems;

/**
 * What is recorded about a person in a network, checked as a whole. Contact details are kept apart
 * ({@link ContactDetails}) because they are the most sensitive field.
 *
 * @param givenName         given names
 * @param familyName        current family name
 * @param formerFamilyNames earlier family names, e.g. a maiden name
 * @param knownAs           the name the young person uses, e.g. "Nanna Jo"
 * @param dateOfBirth       date of birth, when known
 * @param birthYear         approximate year of birth when the date is not known; agrees with the date if both
 * @param sex               recorded sex; UNKNOWN when not given
 * @param deceased          whether the person has died
 * @param town              last known town
 * @param postcode          last known UK postcode, full or its first part
 */
public record PersonDetails(String givenName, String familyName, List<String> formerFamilyNames, String knownAs,
        LocalDate dateOfBirth, Integer birthYear, Sex sex, boolean deceased, String town, String postcode) {

    public PersonDetails {
        var problems = new FieldProblems();
        givenName = problems.check(Fields::name, "givenName", givenName);
        familyName = problems.check(Fields::name, "familyName", familyName);
        knownAs = problems.check(Fields::name, "knownAs", knownAs);
        if (givenName == null && familyName == null && knownAs == null && problems.ok("givenName")
                && problems.ok("familyName") && problems.ok("knownAs")) {
            problems.missing("givenName");
        }
        formerFamilyNames = problems.check(Fields::names, "formerFamilyNames", formerFamilyNames);
        dateOfBirth = problems.check(Fields::pastDate, "dateOfBirth", dateOfBirth);
        birthYear = problems.check(Fields::pastYear, "birthYear", birthYear);
        if (dateOfBirth != null && birthYear != null && dateOfBirth.getYear() != birthYear) {
            problems.invalid("birthYear", "birthYear " + birthYear + " does not agree with dateOfBirth " + dateOfBirth);
        }
        if (dateOfBirth != null) {
            birthYear = dateOfBirth.getYear();
        }
        sex = sex == null ? Sex.UNKNOWN : sex;
        town = problems.check(Fields::optional, "town", town);
        postcode = problems.check(Fields::postcode, "postcode", postcode);
        problems.throwIfAny();
    }
}
