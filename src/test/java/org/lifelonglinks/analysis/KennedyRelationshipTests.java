package org.lifelonglinks.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.Connection;
import org.lifelonglinks.network.Kin;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.Sex;
import org.lifelonglinks.network.WorkStatus;
import org.lifelonglinks.network.YoungPerson;

/**
 * Checks relationship names on a real published family tree (kennedy.ged from the gedcom-samples collection),
 * seen from Caroline Kennedy (@I94@). Each expectation was checked by hand against the file's FAM records:
 * F8 = John F. Kennedy (@I104@) + Jacqueline Bouvier (@I22@) with children @I94@ Caroline and @I90@ John Jr.;
 * F0 = Joseph P. Kennedy (@I105@) + Rose Fitzgerald (@I66@) with children including @I104@ JFK, @I125@ Robert,
 * @I99@ Eunice and @I98@ Edward; F9 = Robert + Ethel Skakel (@I185@) with @I86@ Joseph II and @I108@ Kathleen;
 * F11 = Joseph II + Sheila Rauch with @I87@ Joseph III; F10 = Kathleen + David Townsend with @I200@ Meaghan;
 * F1 = Eunice + Robert Shriver with @I179@ Maria; F5 = Arnold Schwarzenegger (@I182@) + Maria;
 * F7 = Edward + Joan Bennett with @I124@ Patrick Joseph.
 */
class KennedyRelationshipTests {

    private static final String CAROLINE = "@I94@";

    @Test
    void namesCarolineKennedysRelativesAsAGenealogistWould() throws Exception {
        var network = read("/gedcom/gedcom-samples/kennedy.ged", CAROLINE);
        var calculator = new RelationshipCalculator(network);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("@I104@", "father");
        expected.put("@I22@", "mother");
        expected.put("@I90@", "brother");
        expected.put("@I105@", "paternal grandfather");
        expected.put("@I66@", "paternal grandmother");
        expected.put("@I125@", "paternal uncle");
        expected.put("@I99@", "paternal aunt");
        expected.put("@I86@", "paternal first cousin");
        expected.put("@I124@", "paternal first cousin");
        expected.put("@I179@", "paternal first cousin");
        expected.put("@I87@", "paternal first cousin once removed");
        expected.put("@I200@", "paternal first cousin once removed");
        expected.put("@I185@", "partner of your paternal uncle");
        expected.put("@I182@", "partner of your paternal first cousin");

        expected.forEach((id, words) -> assertThat(calculator.relationshipTo(CAROLINE, id))
                .as(id).hasValueSatisfying(r -> assertThat(r.words()).isEqualTo(words)));
    }

    @Test
    void analysesTheWholeTreeWithoutFailing() throws Exception {
        var network = read("/gedcom/gedcom-samples/kennedy.ged", CAROLINE);

        var analysis = new NetworkAnalyser(network, java.util.Set.of(), Map.of()).analyse();

        assertThat(analysis.size().people()).isEqualTo(network.people().size()).isGreaterThan(100);
        assertThat(analysis.relationships()).hasSize(network.people().size());
        assertThat(analysis.central()).isNotEmpty();
    }

    /** A minimal GEDCOM reader for this test: INDI with NAME and SEX, FAM with HUSB, WIFE and CHIL. */
    static Network read(String resource, String rootId) throws Exception {
        Map<String, String[]> individuals = new LinkedHashMap<>();
        List<Kin> kinship = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                KennedyRelationshipTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String record = null;
            String type = null;
            List<String> parents = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] parts = line.strip().split(" ", 3);
                if (parts[0].equals("0")) {
                    record = parts.length > 2 ? parts[1] : null;
                    type = parts.length > 2 ? parts[2] : null;
                    parents = new ArrayList<>();
                    if ("INDI".equals(type)) {
                        individuals.put(record, new String[] {null, "U"});
                    }
                } else if (parts[0].equals("1") && parts.length == 3 && "INDI".equals(type)) {
                    if (parts[1].equals("NAME") && individuals.get(record)[0] == null) {
                        individuals.get(record)[0] = parts[2].replace("/", "").strip();
                    } else if (parts[1].equals("SEX")) {
                        individuals.get(record)[1] = parts[2].strip();
                    }
                } else if (parts[0].equals("1") && parts.length == 3 && "FAM".equals(type)) {
                    String other = parts[2].strip();
                    switch (parts[1]) {
                        case "HUSB", "WIFE" -> {
                            for (String parent : parents) {
                                kinship.add(new Kin(parent, other, KinKind.PARTNER, KinQualifier.CURRENT));
                            }
                            parents.add(other);
                        }
                        case "CHIL" -> parents.forEach(parent ->
                                kinship.add(new Kin(parent, other, KinKind.PARENT, KinQualifier.BIRTH)));
                        default -> { }
                    }
                }
            }
        }
        List<Person> people = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        individuals.forEach((id, fields) -> {
            if (!id.equals(rootId)) {
                Sex sex = switch (fields[1]) {
                    case "M" -> Sex.MALE;
                    case "F" -> Sex.FEMALE;
                    default -> Sex.UNKNOWN;
                };
                people.add(new Person(id, fields[0], null, List.of(), null, null, null, sex, false, null, null));
                connections.add(new Connection("c" + id, id, "relative", Category.FAMILY, null, null,
                        Baseline.NEVER_MET, false, Instant.EPOCH));
            }
        });
        var root = new YoungPerson(rootId, individuals.get(rootId)[0], "Kennedy", LocalDate.of(1957, 11, 27), "K1",
                "east", WorkStatus.REFERRED, LocalDate.of(2026, 1, 1), List.of(), List.of());
        return new Network(root, people, connections, kinship);
    }
}
