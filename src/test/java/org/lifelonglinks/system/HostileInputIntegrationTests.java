package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import org.xml.sax.InputSource;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds the shared hostile strings ({@code src/test/resources/hostile-strings.json}) to every way text comes in
 * (the API, a family tree, a directory) and reads every format it goes out in: each string is either refused with
 * a 4xx naming the field, or stored and written back out well-formed. Never a 500.
 */
class HostileInputIntegrationTests extends IntegrationTest {

    // Escaped, so that a lone surrogate reaches the service as it is and not as the '?' of the HTTP client's encoder.
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final List<String> INTERNALS = List.of("Exception", "lucene", "Lucene", "jackson", "Jackson",
            "MATCH (", "Cypher", "immense", "java.", "tools.");
    private static List<String> hostile;

    @BeforeAll
    static void readHostileStrings() throws Exception {
        try (InputStream in = HostileInputIntegrationTests.class.getResourceAsStream("/hostile-strings.json")) {
            var strings = new ArrayList<String>();
            JSON.readTree(in).path("strings").forEach(entry -> strings.add(entry.path("value").asString()));
            // Beyond the shared file: what JSON can smuggle in by escape alone.
            strings.addAll(List.of("Half\uD800 surrogate", "Non\uFFFEcharacter", "Del\u007Fete", "Tab\there"));
            hostile = List.copyOf(strings);
        }
        assertThat(hostile).hasSizeGreaterThan(20);
    }

    @Test
    void everyHostileNameIsRefusedNamingTheFieldOrWrittenOutWellFormedInEveryFormat() throws Exception {
        String youngPerson = fixtures.youngPerson();
        var accepted = new ArrayList<String>();
        var acceptedValues = new ArrayList<String>();
        for (String value : hostile) {
            var answer = admin.post(path(youngPerson, "/people"), json(Map.of("givenName", value,
                    "familyName", "Testhostile", "birthYear", 1980, "relationship", "relative",
                    "category", "FAMILY", "baseline", "LOST_TOUCH")));
            assertAcceptedOrRefusedNaming(answer, "givenName", value);
            if (answer.status() == 201) {
                accepted.add(answer.text("personId"));
                acceptedValues.add(value);
            }
            var relationship = admin.post(path(youngPerson, "/people"), json(Map.of("givenName", "Testrel",
                    "familyName", "Testhostile", "relationship", value, "town", "Testford",
                    "category", "FRIEND", "baseline", "NEVER_MET")));
            assertAcceptedOrRefusedNaming(relationship, "relationship", value);
        }
        assertThat(acceptedValues).contains("<script>alert(1)</script>", "&amp; &lt; &#0; &#x1F;", "O'Brien-Smythe",
                "=HYPERLINK(\"http://x\")", "abc\u202edcba")
                .noneMatch(value -> value.equals("*") || value.equals("]]>") || value.equals("1234") || value.equals("\u200b\u200c\u200d")
                        || value.contains("\u0000") || value.contains("\u0001") || value.contains("\u0085")
                        || value.contains("\n") || value.length() > 100 || value.contains("\uD800"));

        agreePlanWith(youngPerson, accepted, acceptedValues);
        assertEveryOutputIsWellFormed(youngPerson);

        var own = fixtures.user("YOUNG_PERSON", youngPerson);
        assertThat(parseXml(own.get("/api/me/chart.svg"))).isTrue();
        assertPlanHtmlIsSound(own.get("/api/me/plan.html"));
    }

    @Test
    void hostileNamesInAFamilyTreeAreCleanedAndReportedAndTheTreeWrittenOutWellFormed() throws Exception {
        String youngPerson = fixtures.youngPerson();
        var tree = new StringBuilder("0 HEAD\n1 GEDC\n2 VERS 7.0\n");
        int n = 0;
        for (String value : hostile) {
            if (value.length() > 100 || value.contains("\uD800")) {
                continue;
            }
            // A line break in a value starts a new GEDCOM line: that is the attack, so it is written raw.
            tree.append("0 @I").append(++n).append("@ INDI\n1 NAME ").append(value).append(" /Testged/\n");
        }
        tree.append("0 TRLR\n");

        var imported = admin.postBytes(path(youngPerson, "/gedcom"),
                () -> new ByteArrayInputStream(tree.toString().getBytes(StandardCharsets.UTF_8)),
                "application/octet-stream");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("created").asInt()).isEqualTo(n);
        assertThat(imported.json().path("cleaned").toString()).contains("control character (U+0001)",
                "control character (U+0000)", "line break (U+2028)");
        assertEveryOutputIsWellFormed(youngPerson);
    }

    @Test
    void aFamilyTreeNameTooLongForTheNetworkIsCutAndReportedWithItsLine() {
        String youngPerson = fixtures.youngPerson();
        String tree = "0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME " + "x".repeat(10_000) + " /Testged/\n0 TRLR\n";

        var imported = admin.postBytes(path(youngPerson, "/gedcom"),
                () -> new ByteArrayInputStream(tree.getBytes(StandardCharsets.UTF_8)), "application/octet-stream");

        // One overlong value no longer refuses a family's whole tree: it is cut, and the report names its line.
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("cut").get(0).asString())
                .startsWith("@I1@ (line 4): given name cut to 100 characters from 10000");
        var network = admin.get(path(youngPerson, "/network")).json();
        assertThat(network.path("people").valueStream().map(p -> p.path("givenName").asString()))
                .contains("x".repeat(100));
    }

    @Test
    void hostileNamesInADirectoryAreKeptCleanedOrRejectedInPlainWordsAndTracingNeverFails() {
        String directory = unique("hostile");
        var csv = new StringBuilder("id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,"
                + "town,postcode\n");
        int row = 0;
        for (String value : hostile) {
            csv.append("H-").append(++row).append(',').append(quoted(value)).append(",Testdir,,,1980,,")
                    .append(quoted(value)).append(",\n");
        }
        csv.append("H-immense,").append("y".repeat(40_000)).append(",Testdir,,,1980,,,\n");

        var imported = admin.send("POST", "/api/directories/" + directory + "/records", csv.toString(), "text/csv");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        var result = imported.json();
        assertThat(result.path("errors").toString()).contains("longer than 1000 characters")
                .doesNotContain("immense", "Lucene", "Exception");
        assertThat(result.path("cleaned").toString()).contains("U+0001");
        assertThat(result.path("added").asLong()).isGreaterThan(15);
        for (String value : hostile) {
            var traced = admin.post("/api/trace", json(Map.of("givenName", value, "familyName", "Testdir")));
            assertThat(traced.status()).as(value + " " + traced).isIn(200, 400, 422);
            assertNoInternals(traced);
        }
        assertThat(admin.delete("/api/directories/" + directory).status()).isEqualTo(204);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedInJsonAndInEveryCsv() {
        String youngPerson = fixtures.youngPerson();
        // 0xC0 0xBC is an overlong '<'; a lenient decoder lets it through as markup.
        byte[] overlong = concat("{\"givenName\": \"A".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC0,
                (byte) 0xBC}, ("script\", \"familyName\": \"Testutf\", \"relationship\": \"relative\", "
                + "\"category\": \"FAMILY\", \"baseline\": \"LOST_TOUCH\"}").getBytes(StandardCharsets.US_ASCII));
        byte[] directoryCsv = concat(("id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,"
                + "town,postcode\nU-1,Ann").getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFF},
                ",Testutf,,,1980,,,\n".getBytes(StandardCharsets.US_ASCII));

        var json = admin.postBytes(path(youngPerson, "/people"), () -> new ByteArrayInputStream(overlong),
                "application/json");
        var directory = admin.postBytes("/api/directories/" + unique("utf") + "/records",
                () -> new ByteArrayInputStream(directoryCsv), "text/csv");
        var cases = admin.postBytes("/api/case-imports?dryRun=true", () -> new ByteArrayInputStream(concat(
                "young_person_id,young_person_given_name\nX,".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xBC})), "text/csv");

        assertThat(json.status()).as(json.toString()).isEqualTo(400);
        assertThat(json.text("detail")).contains("not valid UTF-8");
        assertThat(directory.status()).as(directory.toString()).isEqualTo(400);
        assertThat(directory.text("detail")).contains("not valid UTF-8");
        assertThat(cases.status()).as(cases.toString()).isEqualTo(400);
        assertThat(cases.text("detail")).contains("not valid UTF-8");
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedClearlyAndNeverBreaksSignIn() {
        String username = unique("longpass");
        String tooLong = "p".repeat(73);

        var refused = admin.post("/api/users", json(Map.of("username", username, "password", tooLong,
                "displayName", "Test Longpass", "roles", List.of("COORDINATOR"))));
        var accentedTooLong = admin.post("/api/users", json(Map.of("username", username, "password",
                "é".repeat(37), "displayName", "Test Longpass", "roles", List.of("COORDINATOR"))));
        var signIn = Api.at(port).as("admin", tooLong).get("/api/me");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("field")).isEqualTo("password");
        assertThat(refused.text("detail")).contains("72 bytes");
        assertThat(accentedTooLong.status()).isEqualTo(422);
        assertThat(signIn.status()).isEqualTo(401);
    }

    @Test
    void aMillionFormerNamesAreRefusedBeforeAnythingIsStored() {
        String youngPerson = fixtures.youngPerson();
        var body = new LinkedHashMap<String, Object>(Map.of("givenName", "Ann", "familyName", "Testmany",
                "relationship", "relative", "category", "FAMILY", "baseline", "LOST_TOUCH"));
        body.put("formerFamilyNames", Collections.nCopies(1_000_000, "Smith"));

        var refused = admin.post(path(youngPerson, "/people"), json(body));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("field")).isEqualTo("formerFamilyNames");
    }

    private void agreePlanWith(String youngPerson, List<String> people, List<String> words) {
        for (String person : people) {
            var approval = admin.post("/api/people/" + person + "/safety", json(Map.of("youngPersonId", youngPerson,
                    "decision", "APPROVED", "basis", "RISK_ASSESSMENT")));
            assertThat(approval.status()).as(approval.toString()).isEqualTo(201);
            var agreed = admin.post(path(youngPerson, "/contacts"), json(Map.of("personId", person,
                    "date", LocalDate.now().toString(), "kind", "PHONE", "outcome", "AGREED_TO_BE_INVOLVED")));
            assertThat(agreed.status()).as(agreed.toString()).isEqualTo(201);
        }
        var meeting = admin.put(path(youngPerson, "/meeting"), json(Map.of("date", LocalDate.now().toString(),
                "invited", people, "attended", people, "others", words, "note", String.join("\n", words))));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(200);
        var commitments = people.stream().map(person -> Map.of("personId", person, "activity", "CALL",
                "frequency", "MONTHLY", "startDate", LocalDate.now().toString())).toList();
        var plan = admin.post(path(youngPerson, "/plan"), json(Map.of("summary", String.join("\n", words),
                "commitments", commitments)));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
    }

    private void assertEveryOutputIsWellFormed(String youngPerson) throws Exception {
        assertThat(parseXml(admin.get(path(youngPerson, "/chart.svg")))).isTrue();
        assertThat(parseXml(admin.get(path(youngPerson, "/chart.svg?view=family")))).isTrue();
        assertThat(parseXml(admin.get(path(youngPerson, "/network/export.graphml")))).isTrue();
        var exportJson = admin.get(path(youngPerson, "/network/export.json"));
        assertThat(exportJson.status()).isEqualTo(200);
        assertThat(JSON.readTree(exportJson.body()).path("people").size()).isPositive();

        var gedcom = admin.get(path(youngPerson, "/gedcom"));
        assertThat(gedcom.status()).isEqualTo(200);
        for (String line : gedcom.body().split("\n", -1)) {
            assertThat(line).as("a GEDCOM line").matches("(?s)[^\\p{Cntrl}\\u2028\\u2029]*\\r?");
        }
        String again = fixtures.youngPerson();
        var reimported = admin.postBytes(path(again, "/gedcom"),
                () -> new ByteArrayInputStream(gedcom.body().getBytes(StandardCharsets.UTF_8)), "text/plain");
        assertThat(reimported.status()).as(reimported.toString()).isEqualTo(200);

        // The subject access pack, names withheld (every hostile word becomes part of one pattern) and shown.
        for (String query : new String[] {"", "?unredact=true&reason=Testing%20hostile%20names"}) {
            var pack = admin.get(path(youngPerson, "/subject-access" + query));
            assertThat(pack.status()).as(pack.toString()).isEqualTo(200);
            assertThat(JSON.readTree(pack.body()).path("ownRecord").path("network").size()).isPositive();
            try (var pdf = Loader.loadPDF(admin.bytes(path(youngPerson, "/subject-access" + query),
                    "application/pdf"))) {
                assertThat(pdf.getNumberOfPages()).isPositive();
            }
        }

        var plan = admin.get(path(youngPerson, "/plan.html"));
        assertThat(plan.status()).as("no plan yet, or a plan").isIn(200, 404);
        if (plan.status() == 200) {
            assertPlanHtmlIsSound(plan);
            try (var pdf = Loader.loadPDF(admin.bytes(path(youngPerson, "/plan.pdf")))) {
                assertThat(pdf.getNumberOfPages()).isPositive();
            }
        }
    }

    /**
     * The printed plan is escaped HTML: every tag is one the page writes itself, none is left open, and the text
     * between them holds no markup or control characters. (No HTML parser is on the class path; this is stricter.)
     */
    private static void assertPlanHtmlIsSound(Api.Response plan) {
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        String body = plan.body();
        assertThat(body).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
        Matcher tags = Pattern.compile("<(/?)([a-zA-Z0-9!]+)([^<>]*)>").matcher(body);
        var open = new ArrayList<String>();
        var text = new StringBuilder();
        int last = 0;
        var allowed = List.of("!doctype", "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3",
                "p", "section", "ul", "li", "link");
        while (tags.find()) {
            text.append(body, last, tags.start());
            last = tags.end();
            String name = tags.group(2).toLowerCase();
            assertThat(allowed).as("tag <" + name + ">").contains(name);
            if (name.equals("!doctype") || name.equals("meta") || name.equals("link")) {
                continue;
            }
            if (tags.group(1).isEmpty()) {
                open.add(name);
            } else {
                assertThat(open).as("closing </" + name + ">").isNotEmpty();
                assertThat(open.removeLast()).isEqualTo(name);
            }
        }
        text.append(body.substring(last));
        assertThat(open).isEmpty();
        assertThat(text.toString()).doesNotContain("<", ">");
        assertThat(text.toString().replaceAll("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);", "")).doesNotContain("&");
    }

    private static boolean parseXml(Api.Response response) throws Exception {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(response.body()))).getDocumentElement() != null;
    }

    private static void assertAcceptedOrRefusedNaming(Api.Response answer, String field, String value) {
        assertThat(answer.status()).as(field + " " + ascii(value) + ": " + answer).isIn(201, 422);
        if (answer.status() == 422) {
            assertThat(answer.text("field")).as(ascii(value)).isEqualTo(field);
            assertNoInternals(answer);
        }
    }

    private static void assertNoInternals(Api.Response answer) {
        if (answer.status() >= 400) {
            for (String internal : INTERNALS) {
                assertThat(answer.body()).as(answer.toString()).doesNotContain(internal);
            }
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    private static String ascii(String value) {
        var out = new StringBuilder();
        value.codePoints().limit(40).forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c)
                : Character.toString(c)));
        return out.toString();
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String path(String youngPerson, String rest) {
        return "/api/young-people/" + youngPerson + rest;
    }
}
