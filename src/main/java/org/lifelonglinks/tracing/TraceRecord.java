package org.lifelonglinks.tracing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The searchable form of a person: either someone already in a young person's network, or a row of an imported
 * directory (a previous carers' register, a council export).
 *
 * @param kind              where the person comes from
 * @param id                the network person's id, or the record id within its directory
 * @param directory         the directory's name; {@code null} for network people
 * @param givenName         given name(s), may be {@code null}
 * @param familyName        current family name, may be {@code null}
 * @param formerFamilyNames earlier family names (birth or married names), never {@code null}
 * @param knownAs           a name the person goes by, may be {@code null}
 * @param dateOfBirth       full date of birth, may be {@code null}
 * @param birthYear         year of birth when the full date is unknown; derived from {@code dateOfBirth} when
 *                          both are given
 * @param sex               free text as recorded ("female", "M", ...), may be {@code null}
 * @param town              town or suburb, may be {@code null}
 * @param postcode          postcode, may be {@code null}
 * @param doNotContact      a standing do-not-contact decision: always shown in results, never used to hide
 */
public record TraceRecord(
        Kind kind,
        String id,
        String directory,
        String givenName,
        String familyName,
        List<String> formerFamilyNames,
        String knownAs,
        LocalDate dateOfBirth,
        Integer birthYear,
        String sex,
        String town,
        String postcode,
        boolean doNotContact) {

    /** Where a trace record comes from. */
    public enum Kind {
        /** A person in a young person's network; {@code id} is the person id. */
        NETWORK_PERSON,
        /** A row of an imported directory; {@code id} is the record id within that directory. */
        DIRECTORY_RECORD
    }

    public TraceRecord {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (id.indexOf(Key.SEPARATOR) >= 0) {
            throw new IllegalArgumentException("id must not contain control characters");
        }
        if (kind == Kind.DIRECTORY_RECORD && (directory == null || directory.isBlank())) {
            throw new IllegalArgumentException("directory is required for a directory record");
        }
        if (directory != null && directory.indexOf(Key.SEPARATOR) >= 0) {
            throw new IllegalArgumentException("directory must not contain control characters");
        }
        if (kind == Kind.NETWORK_PERSON && directory != null) {
            throw new IllegalArgumentException("directory must be null for a network person");
        }
        formerFamilyNames = formerFamilyNames == null ? List.of()
                : formerFamilyNames.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        if (dateOfBirth != null) {
            if (birthYear != null && birthYear != dateOfBirth.getYear()) {
                throw new IllegalArgumentException("birthYear disagrees with dateOfBirth");
            }
            birthYear = dateOfBirth.getYear();
        }
        givenName = blankToNull(givenName);
        familyName = blankToNull(familyName);
        knownAs = blankToNull(knownAs);
        sex = blankToNull(sex);
        town = blankToNull(town);
        postcode = blankToNull(postcode);
    }

    /** A network person with the usual fields; the rest empty. */
    public static TraceRecord networkPerson(String personId, String givenName, String familyName,
                                            LocalDate dateOfBirth) {
        return new TraceRecord(Kind.NETWORK_PERSON, personId, null, givenName, familyName, List.of(), null,
                dateOfBirth, null, null, null, null, false);
    }

    /** A directory record with the usual fields; the rest empty. */
    public static TraceRecord directoryRecord(String directory, String recordId, String givenName,
                                              String familyName, LocalDate dateOfBirth) {
        return new TraceRecord(Kind.DIRECTORY_RECORD, recordId, directory, givenName, familyName, List.of(), null,
                dateOfBirth, null, null, null, null, false);
    }

    /** A copy with other former family names. */
    public TraceRecord withFormerFamilyNames(List<String> names) {
        return new TraceRecord(kind, id, directory, givenName, familyName, names, knownAs, dateOfBirth, birthYear,
                sex, town, postcode, doNotContact);
    }

    /** A copy with another town and postcode. */
    public TraceRecord withAddress(String newTown, String newPostcode) {
        return new TraceRecord(kind, id, directory, givenName, familyName, formerFamilyNames, knownAs, dateOfBirth,
                birthYear, sex, newTown, newPostcode, doNotContact);
    }

    /** A copy with a known-as name. */
    public TraceRecord withKnownAs(String name) {
        return new TraceRecord(kind, id, directory, givenName, familyName, formerFamilyNames, name, dateOfBirth,
                birthYear, sex, town, postcode, doNotContact);
    }

    /** A copy with the do-not-contact flag set as given. */
    public TraceRecord withDoNotContact(boolean flag) {
        return new TraceRecord(kind, id, directory, givenName, familyName, formerFamilyNames, knownAs, dateOfBirth,
                birthYear, sex, town, postcode, flag);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
