package org.lifelonglinks.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;

/** The meeting, plan versions, reviews and the printed plan through the HTTP API. */
class PlanIntegrationTests extends IntegrationTest {

    private String youngPerson;
    private Api coordinator;
    private String gran;
    private String kerry;
    private String hidden;

    @BeforeEach
    void networkWithAgreedPeople() {
        youngPerson = fixtures.youngPerson();
        coordinator = fixtures.user("COORDINATOR");
        fixtures.assign(youngPerson, coordinator, "COORDINATOR");
        gran = person("Edie", "Testgran", "grandmother", "REGULAR", false);
        kerry = person("Kerry", "Testaunt", "maternal aunt", "LOST_TOUCH", false);
        hidden = person("Victor", "Testhidden", "birth father", "REGULAR", true);
        admin.put("/api/people/" + kerry + "/contact-details", "{\"address\": \"12 Private Lane\", \"phone\": \"07700 900123\"}");
        coordinator.post(path("/contacts"), contact(kerry, "PHONE", "AGREED_TO_BE_INVOLVED"));
        var approval = admin.post("/api/people/" + kerry + "/safety", """
                {"youngPersonId": "%s", "decision": "WITH_CONDITIONS", "basis": "RISK_ASSESSMENT",
                 "conditions": "Supervised by the coordinator", "reason": "Past concern about partner's temper"}"""
                .formatted(youngPerson));
        assertThat(approval.status()).as(approval.toString()).isEqualTo(201);
    }

    @Test
    void aPlanNeedsTheMeetingFirstAndKeepsEveryVersion() {
        var early = coordinator.post(path("/plan"), plan(commitment(gran, "MEETING", "MONTHLY")));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("detail")).contains("record the meeting");

        meeting();
        var first = coordinator.post(path("/plan"), plan(commitment(gran, "MEETING", "MONTHLY")));
        var second = coordinator.post(path("/plan"), plan(commitment(gran, "MEETING", "FORTNIGHTLY") + ","
                + commitment(kerry, "CALL", "MONTHLY")));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.json().path("version").asInt()).isEqualTo(2);
        assertThat(coordinator.get(path("/plan/versions")).body()).isEqualTo("[1,2]");
        var old = coordinator.get(path("/plan?version=1")).json();
        assertThat(old.path("current").asBoolean()).isFalse();
        assertThat(old.path("commitments").size()).isEqualTo(1);
        assertThat(old.path("commitments").get(0).path("frequency").asString()).isEqualTo("MONTHLY");
        var current = coordinator.get(path("/plan")).json();
        assertThat(current.path("version").asInt()).isEqualTo(2);
        assertThat(current.path("commitments").size()).isEqualTo(2);
    }

    @Test
    void someoneWhoHasNotAgreedCannotBeInThePlanAndNothingIsWritten() {
        String stranger = person("Sid", "Testsid", "uncle", "NEVER_MET", false);
        admin.post("/api/people/" + stranger + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}""".formatted(youngPerson));
        meeting();

        var refused = coordinator.post(path("/plan"), plan(commitment(gran, "CALL", "WEEKLY") + ","
                + commitment(stranger, "CALL", "WEEKLY")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("/problems/impossible-status-move");
        assertThat(refused.text("detail")).contains("Sid cannot be in the plan");
        assertThat(coordinator.get(path("/plan")).status()).isEqualTo(404);
        var granProgress = coordinator.get(path("/progress")).json().valueStream()
                .filter(p -> p.path("personId").asString().equals(gran)).findFirst().orElseThrow();
        assertThat(granProgress.path("status").asString()).isEqualTo("IDENTIFIED");
        var tracing = coordinator.post(path("/plan"), plan(commitment(gran, "PHONE", "WEEKLY")));
        assertThat(tracing.status()).isEqualTo(422);
        assertThat(tracing.text("field")).isEqualTo("commitments[0].activity");
    }

    @Test
    void reviewsRecordWhetherCommitmentsHappenAndTheFamilyKnowledgeRating() {
        var beforePlan = coordinator.post(path("/reviews"), "{\"familyKnowledge\": 3}");
        assertThat(beforePlan.status()).isEqualTo(409);
        var referral = coordinator.post(path("/reviews"), """
                {"kind": "REFERRAL", "familyKnowledge": 2, "overnightStaysAtReferral": false}""");
        assertThat(referral.status()).as(referral.toString()).isEqualTo(201);
        assertThat(coordinator.post(path("/reviews"), "{\"kind\": \"REFERRAL\", \"familyKnowledge\": 2}").status())
                .isEqualTo(409);
        meeting();
        var plan = coordinator.post(path("/plan"), plan(commitment(kerry, "CALL", "MONTHLY"))).json();
        String commitmentId = plan.path("commitments").get(0).path("id").asString();

        var outOfRange = coordinator.post(path("/reviews"), "{\"familyKnowledge\": 6}");
        var unknown = coordinator.post(path("/reviews"), """
                {"familyKnowledge": 4, "commitments": [{"commitmentId": "nope", "happening": "YES"}]}""");
        var review = coordinator.post(path("/reviews"), """
                {"familyKnowledge": 4, "commitments": [{"commitmentId": "%s", "happening": "PARTLY",
                 "note": "Calls most months"}]}""".formatted(commitmentId));

        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        var reviews = coordinator.get(path("/reviews")).json();
        assertThat(reviews.size()).isEqualTo(2);
        assertThat(reviews.get(0).path("kind").asString()).isEqualTo("REFERRAL");
        assertThat(reviews.get(1).path("familyKnowledge").asInt()).isEqualTo(4);
        assertThat(reviews.get(1).path("planVersion").asInt()).isEqualTo(1);
        assertThat(reviews.get(1).path("commitments").get(0).path("happening").asString()).isEqualTo("PARTLY");
    }

    @Test
    void thePrintedPlanIsInPlainWordsWithoutAddressesSafetyReasoningOrHiddenPeople() throws Exception {
        meeting();
        var agreed = coordinator.post(path("/plan"), """
                {"summary": "Robin wants to get to know Mum's family again.", "commitments": [%s, %s, %s]}"""
                .formatted(commitment(gran, "OVERNIGHT_STAY", "MONTHLY"), commitment(kerry, "CALL", "FORTNIGHTLY"),
                        commitment(hidden, "CARD_OR_LETTER", "YEARLY")));
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(201);

        var html = coordinator.get(path("/plan.html"));
        byte[] pdf = coordinator.bytes(path("/plan.pdf"));
        var own = fixtures.user("YOUNG_PERSON", youngPerson).get("/api/me/plan.html");
        var otherYoungPerson = fixtures.user("YOUNG_PERSON", fixtures.youngPerson()).get(path("/plan.html"));

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("Robin&#39;s Lifelong Links plan", "Edie (your grandmother)",
                "Overnight stays, every month", "Kerry (your maternal aunt)", "Phone or video calls, every two weeks",
                "Robin wants to get to know Mum");
        for (String mustNotShow : new String[] {"12 Private Lane", "07700 900123", "Testford", "CV1 2AB",
                "Supervised", "temper", "RISK_ASSESSMENT", "Victor", "birth father", "Testhidden"}) {
            assertThat(html.body()).as(mustNotShow).doesNotContain(mustNotShow);
        }
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).as("the young person's own copy: the same, but for their words about approval")
                .isEqualTo(html.body().replace("Not yet approved by the social worker.",
                        "Your social worker has not said yes to it yet."));
        assertThat(otherYoungPerson.status()).as("a young person reaches only /api/me/**").isEqualTo(403);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path file = Path.of("target", "plan-sample.pdf");
        Files.writeString(Path.of("target", "plan-sample.html"), html.body());
        Files.write(file, pdf);
        try (var document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Robin's Lifelong Links plan", "Overnight stays, every month")
                    .doesNotContain("12 Private Lane", "Victor", "Supervised");
        }
    }

    /** Welsh month names, written out here rather than taken from the JDK the service uses. */
    private static final String[] WELSH_MONTHS = {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"};

    @Test
    void theYoungPersonsOwnCopyIsInWelshWhenTheyChooseItAndTheWorkersCopyStaysEnglish() throws Exception {
        meeting();
        LocalDate today = LocalDate.now();
        LocalDate lookAgain = today.plusMonths(3);
        var agreed = coordinator.post(path("/plan"), """
                {"summary": "Robin wants to get to know Mum's family again.", "commitments": [%s, %s,
                 {"personId": "%s", "activity": "MEETING", "frequency": "TWICE_A_YEAR", "startDate": "%s",
                  "keeper": {"kind": "YOUNG_PERSON"}, "nextLookOn": "%s"}]}"""
                .formatted(commitment(gran, "OVERNIGHT_STAY", "MONTHLY"), commitment(kerry, "CALL", "FORTNIGHTLY"),
                        kerry, today, lookAgain));
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(201);
        var own = fixtures.user("YOUNG_PERSON", youngPerson);

        var byParameter = own.get("/api/me/plan.html?lang=cy");
        var byCookie = own.send("GET", "/api/me/plan.html", null, java.util.Map.of("Cookie", "lifelinks-language=cy"));
        var byBrowser = own.send("GET", "/api/me/plan.html", null, java.util.Map.of("Accept-Language", "cy-GB,cy"));
        var english = own.get("/api/me/plan.html");
        var workers = coordinator.send("GET", path("/plan.html"), null,
                java.util.Map.of("Cookie", "lifelinks-language=cy", "Accept-Language", "cy"));

        String welshToday = today.getDayOfMonth() + " " + WELSH_MONTHS[today.getMonthValue() - 1] + " "
                + today.getYear();
        String welshLater = lookAgain.getDayOfMonth() + " " + WELSH_MONTHS[lookAgain.getMonthValue() - 1] + " "
                + lookAgain.getYear();
        String englishMonth = today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        String[] englishWords = {"Lifelong Links plan", "Agreed on", "Not yet approved", "Our meeting", "We met on",
            "Who was there", "What we agreed", "Overnight stays", "every month", "Phone or video calls",
            "every two weeks", "Meeting up", "twice a year", "starting", "Who keeps it going", "We look at it again",
            "What happens next", "tell your coordinator", "(your grandmother)", "lang=\"en-GB\""};
        for (var welsh : java.util.List.of(byParameter, byCookie, byBrowser)) {
            assertThat(welsh.status()).as(welsh.toString()).isEqualTo(200);
            assertThat(welsh.body()).contains("<html lang=\"cy\">", "Cynllun Lifelong Links Robin",
                    "Cytunwyd ar " + welshToday, "Ein cyfarfod", "Cwrddon ni ar " + welshToday, "Pwy oedd yno: Robin, Edie",
                    "Beth wnaethon ni gytuno", "Edie (grandmother)", "Aros dros nos, bob mis, o " + welshToday + " ymlaen.",
                    "Galwadau ffôn neu fideo, bob pythefnos", "ddwywaith y flwyddyn", "Pwy sy&#39;n ei gadw i fynd: ti.",
                    "erbyn " + welshLater, "Beth sy&#39;n digwydd nesaf",
                    "Robin wants to get to know Mum&#39;s family again.");
            for (String word : englishWords) {
                assertThat(welsh.body()).as("English left in the Welsh copy: " + word).doesNotContain(word);
            }
            if (!englishMonth.equals("Mai")) {
                assertThat(welsh.body()).doesNotContain(englishMonth);
            }
        }
        assertThat(english.body()).contains("Robin&#39;s Lifelong Links plan", "Overnight stays, every month",
                "Who keeps it going: you.", "lang=\"en-GB\"", "Your social worker has not said yes to it yet.");
        assertThat(workers.body()).as("a worker's copy stays English whatever the language asked")
                .isEqualTo(coordinator.get(path("/plan.html")).body())
                .contains("Robin&#39;s Lifelong Links plan", "Edie (your grandmother)", "Agreed on ",
                        "Overnight stays, every month", "Not yet approved by the social worker.", "What happens next")
                .doesNotContain("Cynllun", "bob mis");

        try (var pdf = Loader.loadPDF(own.bytes("/api/me/plan.pdf?lang=cy"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Cynllun Lifelong Links Robin", "Cytunwyd ar " + welshToday, "Ein cyfarfod",
                    "Aros dros nos, bob mis", "Galwadau ffôn neu fideo", "Beth sy'n digwydd nesaf")
                    .doesNotContain("Lifelong Links plan", "Overnight stays", "What we agreed", "Who keeps it going");
        }
        try (var pdf = Loader.loadPDF(coordinator.bytes(path("/plan.pdf")))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Robin's Lifelong Links plan", "What we agreed")
                    .doesNotContain("Cynllun");
        }
    }

    private String person(String givenName, String familyName, String relationship, String baseline,
            boolean hiddenFromYoungPerson) {
        var response = admin.post(path("/people"), """
                {"givenName": "%s", "familyName": "%s", "birthYear": 1960, "relationship": "%s",
                 "category": "FAMILY", "baseline": "%s", "town": "Testford", "postcode": "CV1 2AB",
                 "hiddenFromYoungPerson": %s}""".formatted(givenName, familyName, relationship, baseline,
                hiddenFromYoungPerson));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    @Test
    void readingThePlanIsAuditedByWhatWasDoneWithIt() {
        meeting();
        assertThat(coordinator.post(path("/plan"), plan(commitment(gran, "MEETING", "MONTHLY"))).status())
                .isEqualTo(201);
        var youngPersonAccount = fixtures.user("YOUNG_PERSON", youngPerson);
        String ownName = youngPersonAccount.get("/api/me").text("username");
        String coordinatorName = coordinator.get("/api/me").text("username");

        assertThat(youngPersonAccount.get("/api/me/plan.html").status()).isEqualTo(200);
        assertThat(youngPersonAccount.get("/api/me/chart.svg").status()).isEqualTo(200);
        assertThat(coordinator.get(path("/plan/versions")).status()).isEqualTo(200);
        assertThat(coordinator.get(path("/plan.pdf")).status()).isEqualTo(200);

        var own = admin.get("/api/audit?youngPersonId=" + youngPerson + "&username=" + ownName).json();
        assertThat(own.valueStream().map(e -> e.path("action").asString()))
                .containsExactly("OWN_CHART_READ", "PLAN_READ");
        assertThat(own.get(1).path("detail").asString()).isEqualTo("version 1, printable page");
        var workers = admin.get("/api/audit?youngPersonId=" + youngPerson + "&username=" + coordinatorName).json();
        assertThat(workers.valueStream().limit(2).map(e -> e.path("action").asString()))
                .containsExactly("PLAN_PRINTED", "PLAN_VERSIONS_READ");
    }

    private void meeting() {
        var response = coordinator.put(path("/meeting"), """
                {"date": "%s", "invited": ["%s", "%s"], "attended": ["%s"], "others": ["Sam (coordinator)"]}"""
                .formatted(LocalDate.now(), gran, kerry, gran));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static String contact(String personId, String kind, String outcome) {
        return """
                {"personId": "%s", "date": "%s", "kind": "%s", "outcome": "%s"}""".formatted(personId, LocalDate.now(),
                kind, outcome);
    }

    private static String plan(String commitments) {
        return "{\"commitments\": [" + commitments + "]}";
    }

    private static String commitment(String personId, String activity, String frequency) {
        return """
                {"personId": "%s", "activity": "%s", "frequency": "%s", "startDate": "%s"}""".formatted(personId,
                activity, frequency, LocalDate.now());
    }

    private String path(String rest) {
        return "/api/young-people/" + youngPerson + rest;
    }
}
