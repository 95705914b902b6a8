package org.lifelonglinks.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The case-system CSV import over HTTP: idempotent by the case system's ids, a dry run, all or nothing. */
class CaseImportIntegrationTests extends IntegrationTest {

    private static final String HEADER = String.join(",", CaseCsvImportService.HEADER) + "\n";

    private String yp;
    private String mum;
    private String carer;

    @BeforeEach
    void ids() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        yp = "CASE-" + run;
        mum = "P-" + run + "-1";
        carer = "P-" + run + "-2";
    }

    @Test
    void importsYoungPeopleAndConnectionsAndASecondRunChangesNothing() {
        String csv = file("Dana", "OCCASIONAL");

        var first = upload(admin, csv, false);
        var again = upload(admin, csv, false);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(counts(first.json(), "youngPeople")).isEqualTo("1/0/0");
        assertThat(counts(first.json(), "people")).isEqualTo("2/0/0");
        assertThat(counts(first.json(), "connections")).isEqualTo("2/0/0");
        assertThat(counts(again.json(), "youngPeople")).isEqualTo("0/0/1");
        assertThat(counts(again.json(), "people")).isEqualTo("0/0/2");
        assertThat(counts(again.json(), "connections")).isEqualTo("0/0/2");
        String id = admin.get("/api/young-people").json().valueStream()
                .filter(p -> p.path("localId").asString().equals(yp)).findFirst().orElseThrow().path("id").asString();
        var network = admin.get("/api/young-people/" + id + "/network").json();
        assertThat(network.path("people").size()).isEqualTo(2);
        assertThat(network.toString()).contains("Dana", "Testmum", "former foster carer");
    }

    @Test
    void aDryRunReportsChangesAndWritesNothing() {
        assertThat(upload(admin, file("Dana", "OCCASIONAL"), false).status()).isEqualTo(200);

        var dry = upload(admin, file("Danielle", "REGULAR"), true);

        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().path("dryRun").asBoolean()).isTrue();
        assertThat(counts(dry.json(), "people")).isEqualTo("0/1/1");
        assertThat(counts(dry.json(), "connections")).isEqualTo("0/1/1");
        assertThat(counts(upload(admin, file("Dana", "OCCASIONAL"), true).json(), "people")).isEqualTo("0/0/2");
        var real = upload(admin, file("Danielle", "REGULAR"), false);
        assertThat(counts(real.json(), "people")).isEqualTo("0/1/1");
    }

    @Test
    void aBadRowRefusesTheWholeFileWithEveryReason() {
        String csv = HEADER
                + yp + ",Robin,Testcase,2011-05-17,east,2026-01-10," + mum + ",Dana,Testmum,,,,1985,FEMALE,,,,mother,FAMILY,,CASE_FILE,OCCASIONAL\n"
                + yp + ",Robin,Testcase,2011-05-17,atlantis,2026-01-10,,,,,,,,,,,,,,,,\n"
                + yp + ",Robin,Testcase,2011-05-17,east,2026-01-10," + carer + ",Ann,Testcarer,,,,1960,FEMALE,,,,carer,ALIENS,,,LOST_TOUCH\n";

        var refused = upload(admin, csv, false);
        var dry = upload(admin, csv, true);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).contains("2 rows cannot be imported", "line 3", "atlantis", "line 4",
                "ALIENS");
        assertThat(admin.get("/api/young-people").body()).doesNotContain(yp);
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().path("errorCount").asInt()).isEqualTo(2);
        assertThat(dry.json().path("errors").get(0).path("line").asInt()).isEqualTo(3);
    }

    @Test
    void everyProblemInARowIsReportedAndOnlyWholeRowsCountTowardsTheDryRun() {
        String csv = HEADER
                + yp + ",Robin,Testcase,2011-05-17,east,2026-01-10," + mum + ",Dana,Testmum,,,,1985,FEMALE,,,,mother,FAMILY,,CASE_FILE,OCCASIONAL\n"
                + yp + "X,Robin,Testcase,2011-13-17,atlantis,,"
                + carer + ",Ann,Testcarer,,,1960-02-30,19x0,ALIEN,,,,carer,ALIENS,,,LOST_TOUCH\n";

        var dry = upload(admin, csv, true);

        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().path("errorCount").asInt()).isEqualTo(1);
        var row = dry.json().path("errors").get(0);
        assertThat(row.path("line").asInt()).isEqualTo(3);
        var problems = row.path("problems").valueStream().map(p -> p.asString()).toList();
        assertThat(problems).hasSize(7);
        assertThat(problems.getFirst()).startsWith("area 'atlantis' is not one of [");
        assertThat(problems.subList(1, 7)).containsExactly(
                "referral_date is required",
                "young_person_date_of_birth '2011-13-17' is not a date in the form YYYY-MM-DD",
                "date_of_birth '1960-02-30' is not a date in the form YYYY-MM-DD",
                "birth_year '19x0' is not a year",
                "sex 'ALIEN' is not one of [FEMALE, MALE, OTHER, UNKNOWN]",
                "category 'ALIENS' is not one of [FAMILY, FORMER_CARER, EDUCATION, FRIEND, PROFESSIONAL, COMMUNITY]");
        assertThat(row.path("reason").asString()).contains("; referral_date is required; young_person_date_of_birth");
        assertThat(counts(dry.json(), "youngPeople")).as("the bad row's young person is not counted")
                .isEqualTo("1/0/0");
        assertThat(counts(dry.json(), "people")).isEqualTo("1/0/0");
    }

    /**
     * 3,000 rows are more than one batch (young people, people and connections together): the file is written as
     * it is read, so a bad last row must still leave nothing, and a person on the first and the last row is one
     * person, created once and connected from a later batch.
     */
    @Test
    void aFileOfSeveralBatchesIsAllOrNothingAndCountsAPersonOnRowsInTwoBatchesOnce() {
        var rows = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            rows.append(yp).append('-').append(i / 10).append(",Robin,Testcase,2011-05-17,east,2026-01-10,")
                    .append(mum).append('-').append(i == 2999 ? 0 : i)
                    .append(",Dana,Testmum,,,,1985,FEMALE,,,,relative,FAMILY,,CASE_FILE,LOST_TOUCH\n");
        }
        String good = rows.toString();
        String bad = good + yp + "-bad,Robin,Testcase,2011-05-17,atlantis,2026-01-10,,,,,,,,,,,,,,,,\n";

        var refused = upload(admin, bad, false);
        var imported = upload(admin, good, false);
        var again = upload(admin, good, true);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.text("detail")).contains("1 rows cannot be imported", "line 3002", "atlantis");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(counts(imported.json(), "youngPeople")).isEqualTo("300/0/0");
        assertThat(counts(imported.json(), "people")).isEqualTo("2999/0/0");
        assertThat(counts(imported.json(), "connections")).isEqualTo("3000/0/0");
        assertThat(counts(again.json(), "youngPeople")).isEqualTo("0/0/300");
        assertThat(counts(again.json(), "people")).isEqualTo("0/0/2999");
        assertThat(counts(again.json(), "connections")).isEqualTo("0/0/3000");
    }

    @Test
    void aWrongHeaderIsRefusedAndOnlyAdministratorsImport() {
        var wrong = upload(admin, "local_id,name\nX,Y\n", false);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text("detail")).contains("young_person_id,young_person_given_name");
        assertThat(upload(fixtures.user("COORDINATOR"), file("Dana", "OCCASIONAL"), true).status()).isEqualTo(403);
    }

    private String file(String mumName, String mumBaseline) {
        return HEADER
                + yp + ",Robin,Testcase,2011-05-17,east,2026-01-10," + mum + "," + mumName
                + ",Testmum,Oldname,,,1985,FEMALE,,Coventry,CV1 2AB,mother,FAMILY,IMPORTANT_TO_ME,CASE_FILE,"
                + mumBaseline + "\n"
                + yp + ",Robin,Testcase,2011-05-17,east,2026-01-10," + carer
                + ",Ann,Testcarer,,,1960-02-03,,FEMALE,,,,\"former foster carer\",FORMER_CARER,WANT_BACK_IN_TOUCH,"
                + "CASE_FILE,LOST_TOUCH\n";
    }

    private static Api.Response upload(Api as, String csv, boolean dryRun) {
        return as.postBytes("/api/case-imports?dryRun=" + dryRun,
                () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "text/csv");
    }

    private static String counts(JsonNode report, String kind) {
        var changes = report.path(kind);
        return changes.path("created").asInt() + "/" + changes.path("updated").asInt() + "/"
                + changes.path("unchanged").asInt();
    }
}
