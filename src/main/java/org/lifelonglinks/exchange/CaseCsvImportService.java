package org.lifelonglinks.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.lifelonglinks.system.TextRules;
import org.springframework.stereotype.Service;

/**
 * Reads a case-management export: one row per connection, the young person's columns repeated on each row (a
 * row with no person columns just records the young person). Every row is checked before anything is written;
 * any bad row refuses the whole file with every bad row's number and reason, so nothing is half imported.
 * Idempotent by the case system's ids; a dry run reports what would change.
 */
@Service
class CaseCsvImportService {

    static final List<String> HEADER = List.of("young_person_id", "young_person_given_name",
            "young_person_family_name", "young_person_date_of_birth", "area", "referral_date", "person_id",
            "given_name", "family_name", "former_family_names", "known_as", "date_of_birth", "birth_year", "sex",
            "deceased", "town", "postcode", "relationship", "category", "wish", "source", "baseline");
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
     * (rows read so far, of about {@code expectedRows}, negative if not known), "checking" (the rows against
     * each other and, in a dry run, against what is recorded) and "writing" (in one transaction).
     */
    CaseImportReport importCases(CurrentUser user, InputStream body, boolean dryRun, long expectedRows,
            BackgroundJobs.Progress progress) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator imports from the case system");
        }
        var youngPeople = new LinkedHashMap<String, YoungPersonDetails>();
        var people = new LinkedHashMap<String, PersonDetails>();
        var connections = new LinkedHashMap<String, CaseImport.CaseConnection>();
        var errors = new ArrayList<CaseImportReport.RowError>();
        int rows = 0;
        var csv = new CsvLines(new BufferedReader(TextRules.utf8(body)));
        try (csv) {
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
                var problems = row(fields, youngPeople, people, connections);
                if (!problems.isEmpty()) {
                    errors.add(new CaseImportReport.RowError(csv.line(), String.join("; ", problems), problems));
                }
            }
        } catch (CharacterCodingException e) {
            throw new BadRequestException("file", "line " + csv.lineBeingRead()
                    + " is not valid UTF-8 (invalid or overlong bytes); nothing was imported");
        } catch (IOException e) {
            throw new BadRequestException("file", "the file could not be read; nothing was imported");
        }
        progress.update("checking", rows, rows);
        if (!errors.isEmpty() && !dryRun) {
            throw new BadRequestException("file", errors.size() + " rows cannot be imported, so nothing was: "
                    + errors.stream().limit(ERRORS_SHOWN).map(e -> "line " + e.line() + ": " + e.reason()).toList());
        }
        var cases = new CaseImport(youngPeople.values().stream().map(CaseImport.CaseYoungPerson::new).toList(),
                people.entrySet().stream().map(e -> new CaseImport.CasePerson(e.getKey(), e.getValue())).toList(),
                List.copyOf(connections.values()));
        if (!dryRun) {
            progress.update("writing", rows, rows);
        }
        var result = networks.importCases(user, cases, dryRun);
        return new CaseImportReport(dryRun, rows, result.youngPeople(), result.people(), result.connections(),
                errors.stream().limit(ERRORS_SHOWN).toList(), errors.size());
    }

    /**
     * Reads one row into the maps, answering every problem it has (empty if none): each column is checked even after
     * an earlier one failed, so a row is corrected once, not once per problem. A record is made only from columns
     * that passed, so one bad value is not reported twice.
     */
    private List<String> row(List<String> fields, Map<String, YoungPersonDetails> youngPeople,
            Map<String, PersonDetails> people, Map<String, CaseImport.CaseConnection> connections) {
        if (fields.size() != HEADER.size()) {
            return List.of("row has " + fields.size() + " fields; the header has " + HEADER.size());
        }
        var problems = new ArrayList<String>();
        var f = new LinkedHashMap<String, String>();
        for (int i = 0; i < HEADER.size(); i++) {
            String column = HEADER.get(i);
            String text = fields.get(i);
            f.put(column, check(problems, () -> TextRules.line(column, text, TextRules.LINE)));
        }
        String area = f.get("area") == null ? null : f.get("area").toLowerCase(Locale.ROOT);
        if (area != null && !access.areas().contains(area)) {
            problems.add("area '" + area + "' is not one of " + access.areas());
        }
        if (f.get("referral_date") == null && fields.get(HEADER.indexOf("referral_date")).isBlank()) {
            problems.add("referral_date is required");
        }
        var youngPersonBorn = check(problems, () -> date("young_person_date_of_birth",
                f.get("young_person_date_of_birth")));
        var referred = check(problems, () -> date("referral_date", f.get("referral_date")));
        YoungPersonDetails youngPerson = null;
        if (problems.isEmpty()) {
            youngPerson = check(problems, "young person: ", () -> new YoungPersonDetails(
                    f.get("young_person_given_name"), f.get("young_person_family_name"), youngPersonBorn,
                    f.get("young_person_id"), area, null, referred));
        }
        if (youngPerson != null) {
            var earlier = youngPeople.get(youngPerson.localId());
            if (earlier != null && !earlier.equals(youngPerson)) {
                problems.add("young person " + youngPerson.localId() + " is described differently on an earlier row");
            }
        }
        if (f.get("person_id") == null) {
            if (problems.isEmpty()) {
                youngPeople.putIfAbsent(youngPerson.localId(), youngPerson);
            }
            return problems;
        }
        int beforePerson = problems.size();
        var born = check(problems, () -> date("date_of_birth", f.get("date_of_birth")));
        var birthYear = check(problems, () -> year(f.get("birth_year")));
        var sex = check(problems, () -> enumOf("sex", Sex.class, f.get("sex")));
        var category = check(problems, () -> enumOf("category", Category.class, f.get("category")));
        var wish = check(problems, () -> enumOf("wish", Wish.class, f.get("wish")));
        var source = check(problems, () -> enumOf("source", Source.class, f.get("source")));
        var baseline = check(problems, () -> enumOf("baseline", Baseline.class, f.get("baseline")));
        PersonDetails person = null;
        ConnectionDetails connection = null;
        if (problems.size() == beforePerson) {
            person = check(problems, "person: ", () -> new PersonDetails(f.get("given_name"), f.get("family_name"),
                    f.get("former_family_names") == null ? List.of()
                            : Arrays.asList(f.get("former_family_names").split(";")),
                    f.get("known_as"), born, birthYear, sex,
                    "true".equalsIgnoreCase(f.get("deceased")) || "yes".equalsIgnoreCase(f.get("deceased")),
                    f.get("town"), f.get("postcode")));
            connection = check(problems, "connection: ", () -> new ConnectionDetails(f.get("relationship"),
                    category, wish, source, baseline, false));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        var earlierPerson = people.get(f.get("person_id"));
        if (earlierPerson != null && !earlierPerson.equals(person)) {
            problems.add("person " + f.get("person_id") + " is described differently on an earlier row");
        }
        String pair = youngPerson.localId() + "|" + f.get("person_id");
        if (connections.containsKey(pair)) {
            problems.add("person " + f.get("person_id") + " is connected to young person " + youngPerson.localId()
                    + " on an earlier row");
        }
        // Only a row with no problem counts towards what the import would do.
        if (problems.isEmpty()) {
            youngPeople.putIfAbsent(youngPerson.localId(), youngPerson);
            people.putIfAbsent(f.get("person_id"), person);
            connections.put(pair, new CaseImport.CaseConnection(youngPerson.localId(), f.get("person_id"), connection));
        }
        return problems;
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
