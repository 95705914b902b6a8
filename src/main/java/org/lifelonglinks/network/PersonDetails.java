package org.lifelonglinks.network;

import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;

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
        givenName = Fields.name("givenName", givenName);
        familyName = Fields.name("familyName", familyName);
        knownAs = Fields.name("knownAs", knownAs);
        if (givenName == null && familyName == null && knownAs == null) {
            throw new MissingFieldException("givenName");
        }
        formerFamilyNames = Fields.names("formerFamilyNames", formerFamilyNames);
        dateOfBirth = Fields.pastDate("dateOfBirth", dateOfBirth);
        birthYear = Fields.pastYear("birthYear", birthYear);
        if (dateOfBirth != null && birthYear != null && dateOfBirth.getYear() != birthYear) {
            throw new InvalidFieldException("birthYear",
                    "birthYear " + birthYear + " does not agree with dateOfBirth " + dateOfBirth);
        }
        if (dateOfBirth != null) {
            birthYear = dateOfBirth.getYear();
        }
        sex = sex == null ? Sex.UNKNOWN : sex;
        town = Fields.optional("town", town);
        postcode = Fields.postcode("postcode", postcode);
    }
}
