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
                try {
                    row(fields, youngPeople, people, connections);
                } catch (InvalidFieldException | IllegalArgumentException e) {
                    errors.add(new CaseImportReport.RowError(csv.line(), e.getMessage()));
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

    private void row(List<String> fields, Map<String, YoungPersonDetails> youngPeople,
            Map<String, PersonDetails> people, Map<String, CaseImport.CaseConnection> connections) {
        if (fields.size() != HEADER.size()) {
            throw new InvalidFieldException("row", "has " + fields.size() + " fields; the header has "
                    + HEADER.size());
        }
        var f = new LinkedHashMap<String, String>();
        for (int i = 0; i < HEADER.size(); i++) {
            String value = TextRules.line(HEADER.get(i), fields.get(i), TextRules.LINE);
            f.put(HEADER.get(i), value);
        }
        String area = f.get("area") == null ? null : f.get("area").toLowerCase(Locale.ROOT);
        if (area != null && !access.areas().contains(area)) {
            throw new InvalidFieldException("area", "area '" + area + "' is not one of " + access.areas());
        }
        if (f.get("referral_date") == null) {
            throw new InvalidFieldException("referral_date", "referral_date is required");
        }
        var youngPerson = new YoungPersonDetails(f.get("young_person_given_name"), f.get("young_person_family_name"),
                date(f.get("young_person_date_of_birth")), f.get("young_person_id"), area, null,
                date(f.get("referral_date")));
        var earlier = youngPeople.putIfAbsent(youngPerson.localId(), youngPerson);
        if (earlier != null && !earlier.equals(youngPerson)) {
            throw new InvalidFieldException("young_person_id", "young person " + youngPerson.localId()
                    + " is described differently on an earlier row");
        }
        if (f.get("person_id") == null) {
            return;
        }
        var person = new PersonDetails(f.get("given_name"), f.get("family_name"),
                f.get("former_family_names") == null ? List.of()
                        : Arrays.asList(f.get("former_family_names").split(";")),
                f.get("known_as"), date(f.get("date_of_birth")),
                year(f.get("birth_year")),
                f.get("sex") == null ? null : Sex.valueOf(f.get("sex").toUpperCase(Locale.ROOT)),
                "true".equalsIgnoreCase(f.get("deceased")) || "yes".equalsIgnoreCase(f.get("deceased")),
                f.get("town"), f.get("postcode"));
        var earlierPerson = people.putIfAbsent(f.get("person_id"), person);
        if (earlierPerson != null && !earlierPerson.equals(person)) {
            throw new InvalidFieldException("person_id", "person " + f.get("person_id")
                    + " is described differently on an earlier row");
        }
        var connection = new ConnectionDetails(f.get("relationship"), enumOf(Category.class, f.get("category")),
                enumOf(Wish.class, f.get("wish")), enumOf(Source.class, f.get("source")),
                enumOf(Baseline.class, f.get("baseline")), false);
        if (connections.putIfAbsent(youngPerson.localId() + "|" + f.get("person_id"), new CaseImport.CaseConnection(
                youngPerson.localId(), f.get("person_id"), connection)) != null) {
            throw new InvalidFieldException("person_id", "person " + f.get("person_id")
                    + " is connected to young person " + youngPerson.localId() + " on an earlier row");
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            // The parser's own message names its internals; the person needs the expected form.
            throw new IllegalArgumentException("'" + text + "' is not a date in the form YYYY-MM-DD");
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

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
