package org.lifelonglinks.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.CaseImport;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.ConnectionDetails;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.network.NetworkService;
import org.lifelonglinks.network.PersonDetails;
import org.lifelonglinks.network.Sex;
import org.lifelonglinks.network.Source;
import org.lifelonglinks.network.Wish;
import org.lifelonglinks.network.YoungPersonDetails;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.BackgroundJobs;
import org.lifelonglinks.system.BadRequestException;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.Sha256;
import org.lifelonglinks.system.TextRules;
import org.springframework.stereotype.Service;

/**
 * Reads a case-management export: one row per connection, the young person's columns repeated on each row (a
 * row with no person columns just records the young person). The file is read as a stream, a row at a time: each
 * row is checked and, while no row has failed, handed to the import's one transaction, which writes in batches.
 * Any bad row refuses the whole file with every bad row's number and reason: the rest of the file is still
 * checked (not written), and the transaction is rolled back, so nothing is half imported and nothing of it was
 * ever visible. Idempotent by the case system's ids; a dry run reports what would change.
 *
 * <p>Memory does not hold the rows: besides one batch, it holds for each young person, person and pair seen a
 * fingerprint (their id and a 128-bit digest of what the row said about them), to refuse an id described
 * differently on a later row and to hand each record over once.
 */
@Service
class CaseCsvImportService {

    static final List<String> HEADER = List.of("young_person_id", "young_person_given_name",
            "young_person_family_name", "young_person_date_of_birth", "area", "referral_date", "person_id",
            "given_name", "family_name", "former_family_names", "known_as", "date_of_birth", "birth_year", "sex",
            "deceased", "town", "postcode", "relationship", "category", "wish", "source", "baseline");
    private static final int YOUNG_PERSON_ID = 0;
    private static final int YOUNG_PERSON_GIVEN_NAME = 1;
    private static final int YOUNG_PERSON_FAMILY_NAME = 2;
    private static final int YOUNG_PERSON_DATE_OF_BIRTH = 3;
    private static final int AREA = 4;
    private static final int REFERRAL_DATE = 5;
    private static final int PERSON_ID = 6;
    private static final int GIVEN_NAME = 7;
    private static final int FAMILY_NAME = 8;
    private static final int FORMER_FAMILY_NAMES = 9;
    private static final int KNOWN_AS = 10;
    private static final int DATE_OF_BIRTH = 11;
    private static final int BIRTH_YEAR = 12;
    private static final int SEX = 13;
    private static final int DECEASED = 14;
    private static final int TOWN = 15;
    private static final int POSTCODE = 16;
    private static final int RELATIONSHIP = 17;
    private static final int CATEGORY = 18;
    private static final int WISH = 19;
    private static final int SOURCE = 20;
    private static final int BASELINE = 21;
    private static final int ERRORS_SHOWN = 50;
    private static final int PROGRESS_EVERY = 500;

    private final NetworkService networks;
    private final NetworkAccess access;

    CaseCsvImportService(NetworkService networks, NetworkAccess access) {
        this.networks = networks;
        this.access = access;
    }

    CaseImportReport importCases(CurrentUser user, InputStream body, boolean dryRun) {
        return importCases(user, body, dryRun, -1, (phase, done, total) -> {
        });
    }

    /**
     * As {@link #importCases(CurrentUser, InputStream, boolean)}, telling {@code progress} its phases: "reading"
     * (rows read, checked and, unless a row has failed, written so far, of about {@code expectedRows}, negative if
     * not known) and "writing" (the last batch and the commit).
     */
    CaseImportReport importCases(CurrentUser user, InputStream body, boolean dryRun, long expectedRows,
            BackgroundJobs.Progress progress) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator imports from the case system");
        }
        var seen = new Seen();
        var errors = new ArrayList<CaseImportReport.RowError>();
        int errorCount = 0;
        int rows = 0;
        var csv = new CsvLines(TextRules.utf8(body));
        try (csv; var cases = networks.startCaseImport(user, dryRun)) {
            var header = csv.next();
            if (header == null || !header.stream().map(h -> h.strip().replace("\uFEFF", "")).toList().equals(HEADER)) {
                throw new BadRequestException("file", "the first line must be the header " + String.join(",", HEADER));
            }
            List<String> fields;
            while ((fields = csv.next()) != null) {
                if (fields.size() == 1 && fields.getFirst().isBlank()) {
                    continue;
                }
                rows++;
                if (rows % PROGRESS_EVERY == 0) {
                    progress.update("reading", rows, expectedRows < 0 ? -1 : Math.max(rows, expectedRows));
                }
                // Once a row has failed, the file will be refused: the rest is checked, not written.
                var problems = row(fields, seen, dryRun || errorCount == 0 ? cases : null);
                if (!problems.isEmpty()) {
                    errorCount++;
                    if (errors.size() < ERRORS_SHOWN) {
                        errors.add(new CaseImportReport.RowError(csv.line(), String.join("; ", problems), problems));
                    }
                }
            }
            if (errorCount > 0 && !dryRun) {
                throw new BadRequestException("file", errorCount + " rows cannot be imported, so nothing was: "
                        + errors.stream().map(e -> "line " + e.line() + ": " + e.reason()).toList());
            }
            if (!dryRun) {
                progress.update("writing", rows, rows);
            }
            var result = cases.finish();
            return new CaseImportReport(dryRun, rows, result.youngPeople(), result.people(), result.connections(),
                    List.copyOf(errors), errorCount);
        } catch (CharacterCodingException e) {
            throw new BadRequestException("file", "line " + csv.lineBeingRead()
                    + " is not valid UTF-8 (invalid or overlong bytes); nothing was imported");
        } catch (IOException e) {
            throw new BadRequestException("file", "the file could not be read; nothing was imported");
        }
    }

    /**
     * What the file has said so far about each id, as fingerprints: enough to refuse an id described differently
     * on a later row, a pair connected twice, and to hand each record to the import once.
     */
    private static final class Seen {
        final Map<String, Fingerprint> youngPeople = new HashMap<>();
        final Map<String, Fingerprint> people = new HashMap<>();
        final Set<String> pairs = new HashSet<>();
    }

    /**
     * Checks one row, answering every problem it has (empty if none): each column is checked even after an earlier
     * one failed, so a row is corrected once, not once per problem. A record is made only from columns that
     * passed, so one bad value is not reported twice. A row with no problem is handed to {@code cases} (unless
     * null): its young person and person the first time they are seen, and its connection.
     */
    private List<String> row(List<String> fields, Seen seen, CaseImport cases) {
        if (fields.size() != HEADER.size()) {
            return List.of("row has " + fields.size() + " fields; the header has " + HEADER.size());
        }
        var problems = new ArrayList<String>(0);
        var f = new String[HEADER.size()];
        for (int i = 0; i < f.length; i++) {
            String column = HEADER.get(i);
            String text = fields.get(i);
            f[i] = check(problems, () -> TextRules.line(column, text, TextRules.LINE));
        }
        String area = f[AREA] == null ? null : f[AREA].toLowerCase(Locale.ROOT);
        if (area != null && !access.areas().contains(area)) {
            problems.add("area '" + area + "' is not one of " + access.areas());
        }
        if (f[REFERRAL_DATE] == null && fields.get(REFERRAL_DATE).isBlank()) {
            problems.add("referral_date is required");
        }
        var youngPersonBorn = check(problems, () -> date("young_person_date_of_birth", f[YOUNG_PERSON_DATE_OF_BIRTH]));
        var referred = check(problems, () -> date("referral_date", f[REFERRAL_DATE]));
        YoungPersonDetails youngPerson = null;
        if (problems.isEmpty()) {
            youngPerson = check(problems, "young person: ", () -> new YoungPersonDetails(
                    f[YOUNG_PERSON_GIVEN_NAME], f[YOUNG_PERSON_FAMILY_NAME], youngPersonBorn,
                    f[YOUNG_PERSON_ID], area, null, referred));
        }
        Fingerprint youngPersonPrint = null;
        boolean newYoungPerson = false;
        if (youngPerson != null) {
            youngPersonPrint = Fingerprint.of(youngPerson.givenName(), youngPerson.familyName(),
                    youngPerson.dateOfBirth(), youngPerson.localId(), youngPerson.area(), youngPerson.status(),
                    youngPerson.referralDate());
            var earlier = seen.youngPeople.get(youngPerson.localId());
            newYoungPerson = earlier == null;
            if (earlier != null && !earlier.equals(youngPersonPrint)) {
                problems.add("young person " + youngPerson.localId() + " is described differently on an earlier row");
            }
        }
        if (f[PERSON_ID] == null) {
            if (problems.isEmpty() && newYoungPerson) {
                seen.youngPeople.put(youngPerson.localId(), youngPersonPrint);
                if (cases != null) {
                    cases.youngPerson(youngPerson);
                }
            }
            return problems;
        }
        int beforePerson = problems.size();
        var born = check(problems, () -> date("date_of_birth", f[DATE_OF_BIRTH]));
        var birthYear = check(problems, () -> year(f[BIRTH_YEAR]));
        var sex = check(problems, () -> enumOf("sex", Sex.class, f[SEX]));
        var category = check(problems, () -> enumOf("category", Category.class, f[CATEGORY]));
        var wish = check(problems, () -> enumOf("wish", Wish.class, f[WISH]));
        var source = check(problems, () -> enumOf("source", Source.class, f[SOURCE]));
        var baseline = check(problems, () -> enumOf("baseline", Baseline.class, f[BASELINE]));
        PersonDetails person = null;
        ConnectionDetails connection = null;
        if (problems.size() == beforePerson) {
            person = check(problems, "person: ", () -> new PersonDetails(f[GIVEN_NAME], f[FAMILY_NAME],
                    f[FORMER_FAMILY_NAMES] == null ? List.of() : Arrays.asList(f[FORMER_FAMILY_NAMES].split(";")),
                    f[KNOWN_AS], born, birthYear, sex,
                    "true".equalsIgnoreCase(f[DECEASED]) || "yes".equalsIgnoreCase(f[DECEASED]),
                    f[TOWN], f[POSTCODE]));
            connection = check(problems, "connection: ", () -> new ConnectionDetails(f[RELATIONSHIP],
                    category, wish, source, baseline, false));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        String personId = f[PERSON_ID];
        var personPrint = Fingerprint.of(person.givenName(), person.familyName(), person.formerFamilyNames(),
                person.knownAs(), person.dateOfBirth(), person.birthYear(), person.sex(), person.deceased(),
                person.town(), person.postcode());
        var earlierPerson = seen.people.get(personId);
        if (earlierPerson != null && !earlierPerson.equals(personPrint)) {
            problems.add("person " + personId + " is described differently on an earlier row");
        }
        // A line break cannot be in a checked field, so it cannot make two pairs look alike.
        String pair = youngPerson.localId() + "\n" + personId;
        if (seen.pairs.contains(pair)) {
            problems.add("person " + personId + " is connected to young person " + youngPerson.localId()
                    + " on an earlier row");
        }
        // Only a row with no problem counts towards what the import would do.
        if (problems.isEmpty()) {
            seen.pairs.add(pair);
            if (newYoungPerson) {
                seen.youngPeople.put(youngPerson.localId(), youngPersonPrint);
            }
            if (earlierPerson == null) {
                seen.people.put(personId, personPrint);
            }
            if (cases != null) {
                if (newYoungPerson) {
                    cases.youngPerson(youngPerson);
                }
                if (earlierPerson == null) {
                    cases.person(personId, person);
                }
                cases.connection(youngPerson.localId(), personId, connection);
            }
        }
        return problems;
    }

    /**
     * 128 bits of the SHA-256 of a record's values, each written with its length so no two records read alike:
     * two rows describe a record the same way exactly when their fingerprints are equal (a collision is far less
     * likely than a disk error).
     */
    private record Fingerprint(long high, long low) {

        static Fingerprint of(Object... values) {
            var text = new StringBuilder(128);
            for (Object value : values) {
                append(text, value);
            }
            byte[] digest = Sha256.digest().digest(text.toString().getBytes(StandardCharsets.UTF_8));
            var bytes = ByteBuffer.wrap(digest);
            return new Fingerprint(bytes.getLong(), bytes.getLong());
        }

        private static void append(StringBuilder text, Object value) {
            if (value == null) {
                text.append("-;");
            } else if (value instanceof List<?> list) {
                text.append('[').append(list.size()).append(';');
                list.forEach(item -> append(text, item));
            } else {
                String s = value.toString();
                text.append(s.length()).append(':').append(s);
            }
        }
    }

    /** One step of reading a row: its value, or null with its problem added. */
    private static <T> T check(List<String> problems, java.util.function.Supplier<T> step) {
        return check(problems, "", step);
    }

    private static <T> T check(List<String> problems, String about, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidFieldException | IllegalArgumentException e) {
            problems.add(about + e.getMessage());
            return null;
        }
    }

    private static LocalDate date(String column, String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            // The parser's own message names its internals; the person needs the expected form.
            throw new IllegalArgumentException(column + " '" + text + "' is not a date in the form YYYY-MM-DD");
        }
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("birth_year '" + text + "' is not a year");
        }
        return Integer.valueOf(text);
    }

    private static <E extends Enum<E>> E enumOf(String column, Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
