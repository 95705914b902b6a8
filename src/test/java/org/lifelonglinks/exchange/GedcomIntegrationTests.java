package org.lifelonglinks.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * GEDCOM import and export over HTTP on the embedded Neo4j. Each test works as its own coordinator, so the
 * duplicate search (which sees only the user's caseload) never merges with another test's imports.
 */
class GedcomIntegrationTests extends IntegrationTest {

    private Api coordinator;

    @BeforeEach
    void ownCaseload() {
        coordinator = fixtures.user("COORDINATOR");
    }

    static Stream<String> files() {
        return GedcomFiles.all();
    }

    @ParameterizedTest
    @MethodSource("files")
    void importsEveryFileOfTheSuitesAndSamples(String name) {
        String youngPerson = youngPerson();
        var tree = GedcomFiles.tree(name);

        var response = upload(youngPerson, "", () -> GedcomFiles.open(name));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("individuals").asInt()).isEqualTo(tree.individuals().size());
        assertThat(response.json().path("created").asInt()).isEqualTo(tree.individuals().size());
        assertThat(network(youngPerson).path("people").size()).isEqualTo(tree.individuals().size());
    }

    @Test
    void theKennedysBecomeCarolinesNetworkWithRelationshipsInWords() {
        String youngPerson = youngPerson();

        var response = upload(youngPerson, "?root=@I94@", () -> GedcomFiles.open("gedcom-samples/kennedy.ged"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("created").asInt()).isEqualTo(207);
        var network = network(youngPerson);
        assertThat(network.path("people").size()).isEqualTo(207);
        var words = relationshipsByName(network);
        // Checked by hand against the file's families (see KennedyRelationshipTests for the Kennedy side).
        assertThat(words).containsEntry("John Fitzgerald KENNEDY", "father")
                .containsEntry("Jacqueline Lee Bouvier", "mother")
                .containsEntry("Eunice Mary Kennedy", "paternal aunt")
                .containsEntry("Rose Elizabeth Fitzgerald", "paternal grandmother")
                .containsEntry("Janet Norton Lee", "maternal grandmother")
                .containsEntry("James Lee Auchincloss", "maternal half-uncle")
                .containsEntry("Hugh D. Auchincloss", "step-grandfather");
        assertThat(network.path("kinship").size()).isGreaterThan(200);
        var traced = coordinator.post("/api/trace",
                "{\"youngPersonId\": \"" + youngPerson + "\", \"givenName\": \"Eunice\", \"familyName\": \"Kenedy\"}");
        assertThat(traced.json().path("candidates").get(0).path("givenName").asString()).isEqualTo("Eunice Mary");
        var parentsOfCaroline = network.path("kinship").valueStream()
                .filter(k -> k.path("toPersonId").asString().equals(youngPerson))
                .filter(k -> k.path("kind").asString().equals("PARENT")).count();
        assertThat(parentsOfCaroline).isEqualTo(2);
    }

    @Test
    void theWordsStoredAtImportAreTheWordsTheRelationshipEndpointGivesForEveryone() {
        String youngPerson = youngPerson();
        var response = upload(youngPerson, "?root=@I94@", () -> GedcomFiles.open("gedcom-samples/kennedy.ged"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);

        var connections = network(youngPerson).path("connections");
        int compared = 0;
        for (var connection : connections) {
            var answer = coordinator.get("/api/young-people/" + youngPerson + "/relationship/"
                    + connection.path("personId").asString());
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            String words = answer.json().path("words").asString(null);
            if (words != null) {
                // Stored words are cut to the relationship field's 100 characters.
                assertThat(connection.path("relationship").asString())
                        .as(connection.path("personId").asString())
                        .isEqualTo(words.length() > 100 ? words.substring(0, 100) : words);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(150);
    }

    @Test
    void aPrivacyTrimmedFileWithALongNameImportsTheRestAndReportsWhatWasCutOrSkipped() {
        String youngPerson = youngPerson();
        String longName = "Maximiliana" + " Theodora".repeat(12);

        var response = upload(youngPerson, "", () -> new ByteArrayInputStream(("""
                0 HEAD
                0 @I1@ INDI
                1 NAME %s /Trimmed/
                1 FAMS @F1@
                0 @I2@ INDI
                1 NAME Ben /Trimmed/
                1 FAMC @F1@
                0 @F1@ FAM
                1 HUSB @I1@
                1 WIFE @PRIVATE1@
                1 CHIL @I2@
                1 CHIL @PRIVATE2@
                0 TRLR
                """.formatted(longName)).getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("created").asInt()).isEqualTo(2);
        assertThat(response.json().path("kinshipRecorded").asInt()).isEqualTo(1);
        assertThat(response.json().path("cut").get(0).asString()).startsWith("@I1@ (line 2): given name cut to 100");
        assertThat(response.json().path("pointersSkipped").asInt()).isEqualTo(2);
        assertThat(response.json().path("skippedPointers").toString()).contains("@PRIVATE1@", "@PRIVATE2@");
        assertThat(network(youngPerson).path("people").valueStream().map(p -> p.path("givenName").asString()))
                .contains(longName.substring(0, 100).strip(), "Ben");
    }

    @Test
    void siblingsImportingTheSameTreeShareEachRelativeOnceLinkedToEveryNetwork() {
        int individuals = GedcomFiles.tree("gedcom-samples/washington.ged").individuals().size();
        var siblings = java.util.List.of(youngPerson(), youngPerson(), youngPerson());
        long before = personCount();
        // Each sibling is a child of Augustine Washington (@I3@), the father of George (@I1@) by Mary Ball.
        String query = "?connectTo=@I3@&kind=PARENT";

        var first = upload(siblings.get(0), query, () -> GedcomFiles.open("gedcom-samples/washington.ged"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("created").asInt()).isEqualTo(individuals);
        for (var sibling : siblings.subList(1, 3)) {
            var again = upload(sibling, query, () -> GedcomFiles.open("gedcom-samples/washington.ged"));

            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            assertThat(again.json().path("created").asInt()).as(again.toString()).isZero();
            assertThat(again.json().path("merged").size()).isEqualTo(individuals);
            assertThat(again.json().path("kinshipSkipped").size()).isZero();
        }

        assertThat(personCount() - before).as("each relative recorded once").isEqualTo(individuals);
        var firstNetwork = network(siblings.get(0));
        for (var sibling : siblings) {
            var network = network(sibling);
            assertThat(network.path("people").size()).isEqualTo(individuals);
            assertThat(relationshipLines(network)).isEqualTo(relationshipLines(firstNetwork));
            assertThat(kinship(network, sibling)).isEqualTo(kinship(firstNetwork, siblings.get(0)));
            assertThat(relationshipLines(network)).contains("George WASHINGTON|brother", "Mary BALL|step-mother",
                    "Augustine WASHINGTON|father");
        }
    }

    @Test
    void aTreeWithoutTheYoungPersonConnectsThroughAPersonInIt() {
        String youngPerson = youngPerson();

        var response = upload(youngPerson, "?connectTo=@I0002@&kind=PARENT",
                () -> GedcomFiles.open("gedcom-samples/bronte.ged"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("created").asInt()).isEqualTo(14);
        var words = relationshipsByName(network(youngPerson));
        assertThat(words).containsEntry("Maria Branwell", "mother")
                .containsEntry("Thomas Branwell", "maternal grandfather")
                .containsEntry("Elizabeth Branwell", "maternal aunt");
        assertThat(upload(youngPerson, "?root=@I0001@&connectTo=@I0002@",
                () -> GedcomFiles.open("gedcom-samples/bronte.ged")).status()).isEqualTo(422);
    }

    @Test
    void someoneAlreadyRecordedIsMergedNotDuplicated() {
        String youngPerson = youngPerson();
        var patrick = coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Patrick", "familyName": "Brontë", "dateOfBirth": "1777-03-17", "sex": "MALE",
                 "relationship": "great-great-grandfather", "category": "FAMILY", "baseline": "NEVER_MET"}""");
        assertThat(patrick.status()).as(patrick.toString()).isEqualTo(201);

        var response = upload(youngPerson, "", () -> GedcomFiles.open("gedcom-samples/bronte.ged"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("created").asInt()).isEqualTo(13);
        assertThat(response.json().path("merged").get(0).path("xref").asString()).isEqualTo("@I0001@");
        assertThat(response.json().path("merged").get(0).path("personId").asString())
                .isEqualTo(patrick.text("personId"));
        assertThat(network(youngPerson).path("people").size()).isEqualTo(14);
    }

    @Test
    void aRoundTripLosesNoPersonNameDateOrKinship() {
        String first = youngPerson();
        assertThat(upload(first, "?root=@I0006@", () -> GedcomFiles.open("gedcom-samples/bronte.ged")).status())
                .isEqualTo(200);
        var exported = coordinator.get("/api/young-people/" + first + "/gedcom");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.body()).startsWith("0 HEAD\n1 GEDC\n2 VERS 7.0");

        var otherCoordinator = fixtures.user("COORDINATOR");
        String second = youngPerson(otherCoordinator);
        var again = otherCoordinator.postBytes("/api/young-people/" + second + "/gedcom?root=@I1@",
                () -> new ByteArrayInputStream(exported.body().getBytes(StandardCharsets.UTF_8)), "text/plain");

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        var before = otherNetwork(coordinator, first);
        var after = otherNetwork(otherCoordinator, second);
        assertThat(people(after)).isEqualTo(people(before));
        assertThat(kinship(after, second)).isEqualTo(kinship(before, first));
    }

    @Test
    void confidentialPeopleAreHiddenFromTheYoungPersonAndLeftOutOfExports() {
        String youngPerson = youngPerson();
        String file = """
                0 HEAD
                1 GEDC
                2 VERS 7.0
                0 @ME@ INDI
                1 NAME Robin /Testtree/
                1 FAMC @F1@
                0 @MUM@ INDI
                1 NAME Della /Testtree/
                1 SEX F
                0 @DAD@ INDI
                1 NAME Secretus /Testhidden/
                1 SEX M
                1 RESN CONFIDENTIAL
                0 @F1@ FAM
                1 HUSB @DAD@
                1 WIFE @MUM@
                1 CHIL @ME@
                0 TRLR
                """;
        var response = coordinator.postBytes("/api/young-people/" + youngPerson + "/gedcom?root=@ME@",
                () -> new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "text/plain");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("restricted").asInt()).isEqualTo(1);
        var own = fixtures.user("YOUNG_PERSON", youngPerson).get("/api/me/network");
        assertThat(own.body()).contains("Della").doesNotContain("Secretus");
        assertThat(coordinator.get("/api/young-people/" + youngPerson + "/gedcom").body()).contains("Della")
                .doesNotContain("Secretus");
        var refused = coordinator.get("/api/young-people/" + youngPerson + "/gedcom?includeRestricted=true");
        assertThat(refused.status()).isEqualTo(403);
        var full = admin.get("/api/young-people/" + youngPerson + "/gedcom?includeRestricted=true");
        assertThat(full.body()).contains("Secretus", "RESN CONFIDENTIAL");
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=GEDCOM_EXPORTED").json().size())
                .isEqualTo(2);
    }

    @Test
    void malformedAndHostileFilesAreRefusedAndChangeNothing() {
        String youngPerson = youngPerson();
        long before = personCount();

        var truncated = upload(youngPerson, "", () -> new ByteArrayInputStream(
                "0 HEAD\n0 @I1@ INDI\n1 NAME Cut /Short/\n".getBytes(StandardCharsets.UTF_8)));
        var cyclic = upload(youngPerson, "", () -> new ByteArrayInputStream("""
                0 HEAD
                0 @A@ INDI
                1 NAME Ann /Loop/
                0 @B@ INDI
                1 NAME Bob /Loop/
                0 @F1@ FAM
                1 WIFE @A@
                1 CHIL @B@
                0 @F2@ FAM
                1 HUSB @B@
                1 CHIL @A@
                0 TRLR
                """.getBytes(StandardCharsets.UTF_8)));
        var wrongEncoding = upload(youngPerson, "", () -> new ByteArrayInputStream(
                "0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Zo\u00eb /Test/\n0 TRLR\n"
                        .getBytes(StandardCharsets.ISO_8859_1)));
        var longLine = upload(youngPerson, "", GedcomIntegrationTests::fiftyMegabyteLine);
        var unknownRoot = upload(youngPerson, "?root=@NOBODY@", () -> GedcomFiles.open("gedcom-samples/basic.ged"));

        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.text("detail")).contains("ends without 0 TRLR");
        assertThat(cyclic.status()).isEqualTo(400);
        assertThat(cyclic.text("detail")).contains("cyclic ancestry");
        assertThat(wrongEncoding.status()).isEqualTo(400);
        assertThat(wrongEncoding.text("detail")).contains("line 4", "not valid UTF-8");
        assertThat(longLine.status()).isEqualTo(400);
        assertThat(longLine.text("detail")).contains("longer than");
        assertThat(unknownRoot.status()).isEqualTo(422);
        assertThat(personCount()).isEqualTo(before);
        assertThat(network(youngPerson).path("people").isEmpty()).isTrue();
    }

    @Test
    void analystsGetTheNetworkAsJsonAndGraphmlWithoutPlacesOrContactDetails() throws Exception {
        String youngPerson = youngPerson();
        assertThat(upload(youngPerson, "?root=@I0006@", () -> GedcomFiles.open("gedcom-samples/bronte.ged"))
                .status()).isEqualTo(200);
        var network = network(youngPerson);

        var json = coordinator.get("/api/young-people/" + youngPerson + "/network/export.json");
        var graphml = coordinator.get("/api/young-people/" + youngPerson + "/network/export.graphml");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().path("people").size()).isEqualTo(13);
        assertThat(json.json().path("kinship").size()).isEqualTo(network.path("kinship").size());
        assertThat(json.body()).doesNotContain("Haworth", "County Down", "town", "postcode");
        assertThat(graphml.contentType()).startsWith("application/graphml+xml");
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(graphml.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("node").getLength()).isEqualTo(14);
        assertThat(document.getElementsByTagName("edge").getLength())
                .isEqualTo(13 + network.path("kinship").size());
        assertThat(graphml.body()).contains("<data key=\"name\">Charlotte Brontë</data>")
                .doesNotContain("Haworth");
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=NETWORK_EXPORTED").json().size())
                .isEqualTo(2);
    }

    @Test
    void onlyTheCaseloadMayImport() {
        String youngPerson = youngPerson();
        var stranger = fixtures.user("COORDINATOR");
        assertThat(stranger.postBytes("/api/young-people/" + youngPerson + "/gedcom",
                () -> GedcomFiles.open("gedcom-samples/basic.ged"), "text/plain").status()).isEqualTo(404);
        assertThat(stranger.get("/api/young-people/" + youngPerson + "/gedcom").status()).isEqualTo(404);
    }

    private static InputStream fiftyMegabyteLine() {
        byte[] start = "0 HEAD\n0 @I1@ INDI\n1 NOTE ".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            private long served;

            @Override
            public int read() {
                if (served >= start.length + 50_000_000L) {
                    return -1;
                }
                return served < start.length ? start[(int) served++] : (int) (served++ % 26) + 'a';
            }
        };
    }

    private long personCount() {
        try (var session = driver.session()) {
            return session.run("MATCH (p:Person) RETURN count(p) AS n").single().get("n").asLong();
        }
    }

    private String youngPerson() {
        return youngPerson(coordinator);
    }

    private String youngPerson(Api as) {
        return fixtures.youngPerson(as);
    }

    private Api.Response upload(String youngPerson, String query, Supplier<InputStream> file) {
        return coordinator.postBytes("/api/young-people/" + youngPerson + "/gedcom" + query, file,
                "application/octet-stream");
    }

    private JsonNode network(String youngPerson) {
        return otherNetwork(coordinator, youngPerson);
    }

    private static JsonNode otherNetwork(Api as, String youngPerson) {
        var response = as.get("/api/young-people/" + youngPerson + "/network");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Each person's name and relationship, sorted: names repeat in old family trees. */
    private static java.util.List<String> relationshipLines(JsonNode network) {
        var names = network.path("people").valueStream().collect(Collectors.toMap(p -> p.path("id").asString(),
                p -> (p.path("givenName").asString("") + " " + p.path("familyName").asString("")).strip()));
        return network.path("connections").valueStream().map(c -> names.get(c.path("personId").asString()) + "|"
                + c.path("relationship").asString()).sorted().toList();
    }

    private static Map<String, String> relationshipsByName(JsonNode network) {
        var names = network.path("people").valueStream().collect(Collectors.toMap(p -> p.path("id").asString(),
                p -> p.path("givenName").asString("") + " " + p.path("familyName").asString("")));
        return network.path("connections").valueStream().collect(Collectors.toMap(
                c -> names.get(c.path("personId").asString()).strip(), c -> c.path("relationship").asString(),
                (a, b) -> a));
    }

    /** Each person as name, former names, date or year of birth, sex and death, sorted. */
    private static java.util.List<String> people(JsonNode network) {
        return network.path("people").valueStream().map(p -> String.join("|", p.path("givenName").asString(""),
                p.path("familyName").asString(""), p.path("formerFamilyNames").toString(),
                p.path("dateOfBirth").asString(""), p.path("birthYear").asString(""), p.path("sex").asString(""),
                p.path("deceased").asString(""), p.path("town").asString(""))).sorted().toList();
    }

    /** Kinship written with names instead of ids, the young person as "YOU", sorted. */
    private static java.util.List<String> kinship(JsonNode network, String youngPerson) {
        var names = network.path("people").valueStream().collect(Collectors.toMap(p -> p.path("id").asString(),
                p -> p.path("givenName").asString("") + " " + p.path("familyName").asString("")));
        names.put(youngPerson, "YOU");
        return network.path("kinship").valueStream().map(k -> {
            String from = names.get(k.path("fromPersonId").asString());
            String to = names.get(k.path("toPersonId").asString());
            // Partners and siblings are stored once in either order: compare them as unordered pairs.
            boolean symmetric = !k.path("kind").asString().equals("PARENT");
            if (symmetric && from.compareTo(to) > 0) {
                String swap = from;
                from = to;
                to = swap;
            }
            return from + " " + k.path("kind").asString() + " " + k.path("qualifier").asString() + " " + to;
        }).sorted().toList();
    }
}
