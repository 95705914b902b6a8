package org.lifelonglinks.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Sex;

/** Reading GEDCOM: every file of the test suites and samples, their counts and details, and hostile input. */
class GedcomReaderTests {

    static Stream<String> files() {
        return GedcomFiles.all();
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsEveryTestFile(String name) {
        var records = GedcomReader.read(GedcomFiles.open(name));
        assertThat(records.getFirst().tag()).isEqualTo("HEAD");
        assertThat(records.getLast().tag()).isEqualTo("TRLR");
        assertThat(FamilyTree.of(records)).isNotNull();
    }

    /** Counted by hand with grep '^0 @[^@]*@ INDI' and '^0 @[^@]*@ FAM' over each file. */
    @ParameterizedTest
    @CsvSource({"gedcom-samples/kennedy.ged, 208, 75", "gedcom-samples/bronte.ged, 14, 4",
            "gedcom-samples/bach.ged, 33, 14", "gedcom-samples/basic.ged, 5, 2",
            "gedcom-samples/washington.ged, 529, 114", "gedcom-samples/EnglishTudorRoyalFamily.ged, 347, 200"})
    void countsPeopleAndFamilies(String name, int people, int families) {
        var tree = GedcomFiles.tree(name);
        assertThat(tree.individuals()).hasSize(people);
        assertThat(tree.families()).hasSize(families);
    }

    @Test
    void readsTheBrontesAsTheFileRecordsThem() {
        var tree = GedcomFiles.tree("gedcom-samples/bronte.ged");
        var patrick = tree.individuals().get("@I0001@");
        assertThat(patrick.givenName()).isEqualTo("Patrick");
        assertThat(patrick.familyName()).isEqualTo("Brontë");
        assertThat(patrick.sex()).isEqualTo(Sex.MALE);
        assertThat(patrick.birth().exact()).isEqualTo(LocalDate.of(1777, 3, 17));
        assertThat(patrick.deceased()).isTrue();
        assertThat(patrick.town()).isEqualTo("County Down");
        var parents = tree.families().stream().filter(f -> f.xref().equals("@F001@")).findFirst().orElseThrow();
        assertThat(parents.husband()).isEqualTo("@I0001@");
        assertThat(parents.wife()).isEqualTo("@I0002@");
        assertThat(parents.children()).extracting(FamilyTree.Child::xref).contains("@I0003@", "@I0004@");
    }

    @Test
    void aChildsPedigreeComesFromTheirFamilyLink() {
        var tree = GedcomFiles.tree("gedcom7-test-files/7/pedi-1.ged");
        assertThat(tree.families().getFirst().children()).containsExactly(
                new FamilyTree.Child("@1@", KinQualifier.BIRTH));
        var adopted = read("""
                0 HEAD
                0 @C@ INDI
                1 NAME Ann /Test/
                1 FAMC @F@
                2 PEDI adopted
                1 FAMC @G@
                2 PEDI FOSTER
                0 @M@ INDI
                0 @F@ FAM
                1 WIFE @M@
                1 CHIL @C@
                0 @G@ FAM
                1 CHIL @C@
                0 TRLR
                """);
        assertThat(adopted.families().get(0).children().getFirst().qualifier()).isEqualTo(KinQualifier.ADOPTIVE);
        assertThat(adopted.families().get(1).children().getFirst().qualifier()).isEqualTo(KinQualifier.FOSTER);
    }

    @ParameterizedTest
    @CsvSource({"gedcom7-test-files/5/char_utf8-1.ged", "gedcom7-test-files/5/char_utf8-3.ged",
            "gedcom7-test-files/5/char_utf16le-1.ged", "gedcom7-test-files/5/char_utf16le-2.ged",
            "gedcom7-test-files/5/char_utf16be-1.ged", "gedcom7-test-files/5/char_utf16be-2.ged",
            "gedcom7-test-files/7/char_utf16le-1.ged", "gedcom7-test-files/7/char_utf8-2.ged"})
    void decodesEveryUnicodeEncoding(String name) {
        var head = GedcomReader.read(GedcomFiles.open(name)).getFirst();
        assertThat(head.childValue("NOTE")).get().asString().contains("¶ ☺ 𒍅");
    }

    @Test
    void decodesAnselWithItsDiacriticsBeforeTheLetter() {
        byte[] ansel = concat("0 HEAD\n1 CHAR ANSEL\n0 @I1@ INDI\n1 NAME Zo", new byte[] {(byte) 0xE8, 'e'},
                " /M", new byte[] {(byte) 0xB2}, "ller/\n0 TRLR\n");
        var tree = FamilyTree.of(GedcomReader.read(new ByteArrayInputStream(ansel)));
        assertThat(tree.individuals().get("@I1@").givenName()).isEqualTo("Zoë");
        assertThat(tree.individuals().get("@I1@").familyName()).isEqualTo("Møller");
    }

    @Test
    void namesWithMarriedAndFormerSurnames() {
        var tree = read("""
                0 HEAD
                0 @I1@ INDI
                1 NAME Kerry /Smith/
                2 TYPE BIRTH
                1 NAME Kerry /Jones/
                2 TYPE MARRIED
                1 RESN confidential
                0 TRLR
                """);
        var kerry = tree.individuals().get("@I1@");
        assertThat(kerry.familyName()).isEqualTo("Jones");
        assertThat(kerry.formerFamilyNames()).containsExactly("Smith");
        assertThat(kerry.restricted()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12 AUG 1401|1401-08-12|1401", "OCT 1950|null|1950", "1950|null|1950",
            "ABT 1950|null|1950", "EST 1948|null|1948", "BEF 1960|null|1960", "AFT 1930|null|1930",
            "BET 1940 AND 1950|null|1945", "FROM 1900 TO 1910|null|1905", "1401/8|null|1401",
            "31 FEB 1950|null|1950", "1401 B.C.|null|null", "@#DJULIAN@ 1401|null|null", "(sometime)|null|null",
            "INT 1950 (about then)|null|1950", "FROM 730|null|null", "ABT 2999|null|null"})
    void readsExactApproximateAndRangedDates(String text, String exact, String year) {
        var date = GedcomDate.parse(text);
        assertThat(date.exact()).isEqualTo("null".equals(exact) ? null : LocalDate.parse(exact));
        assertThat(date.year()).isEqualTo("null".equals(year) ? null : Integer.valueOf(year));
    }

    @Test
    void leavesOutPointersToIndividualsAndFamiliesTheFileDoesNotHoldAndListsThem() {
        var tree = read("""
                0 HEAD
                0 @I1@ INDI
                1 NAME Ann /Kept/
                1 FAMS @F1@
                1 FAMC @F9@
                0 @I2@ INDI
                1 NAME Ben /Kept/
                1 FAMC @F1@
                0 @F1@ FAM
                1 HUSB @I7@
                1 WIFE @I1@
                1 CHIL @I2@
                1 CHIL @I8@
                0 TRLR
                """);

        assertThat(tree.individuals()).containsOnlyKeys("@I1@", "@I2@");
        var family = tree.families().getFirst();
        assertThat(family.husband()).isNull();
        assertThat(family.wife()).isEqualTo("@I1@");
        assertThat(family.children()).extracting(FamilyTree.Child::xref).containsExactly("@I2@");
        assertThat(tree.skippedPointers()).containsExactly(
                "line 5: INDI @I1@ FAMC points to @F9@, which is not a family in this file",
                "line 10: FAM @F1@ HUSB points to @I7@, which is not an individual in this file",
                "line 13: FAM @F1@ CHIL points to @I8@, which is not an individual in this file");
    }

    @Test
    void cutsNamesAndTownsLongerThanTheNetworkHoldsAndSaysSo() {
        String given = "Wolfe" + "schlegel".repeat(20);
        String town = "Llanfair".repeat(30);
        var tree = read("0 HEAD\n0 @I1@ INDI\n1 NAME " + given + " /Short/\n1 BIRT\n2 PLAC " + town
                + ", Wales\n0 TRLR\n");

        var person = tree.individuals().get("@I1@");
        assertThat(person.givenName()).hasSize(100).isEqualTo(given.substring(0, 100));
        assertThat(person.familyName()).isEqualTo("Short");
        assertThat(person.town()).hasSize(200).isEqualTo(town.substring(0, 200));
        assertThat(person.cut()).hasSize(2);
        assertThat(person.cut().getFirst()).startsWith("given name cut to 100 characters from 165");
        assertThat(person.cut().getLast()).startsWith("town cut to 200 characters from 240");
    }

    @Test
    void neverCutsACharacterWrittenWithTwoInHalf() {
        var notes = new java.util.ArrayList<String>();
        String name = "a".repeat(99) + "\uD835\uDC00" + "b";

        assertThat(FamilyTree.cut("given name", name, 100, notes)).isEqualTo("a".repeat(99));
        assertThat(notes).hasSize(1);
    }

    @Test
    void refusesBrokenStructureWithTheLineNumber() {
        refused("0 HEAD\n0 @I1@ INDI\n2 NAME Skip /Level/\n0 TRLR\n", "GEDCOM line 3: level 2 follows level 0");
        refused("0 HEAD\n0 @I1@ INDI\n1 NAME Cut /Short/\n", "ends without 0 TRLR");
        refused("1 NAME No /Head/\n0 TRLR\n", "level 1 follows level -1");
        refused("0 HEAD\n0 @I1@ INDI\nthis is not gedcom\n0 TRLR\n", "GEDCOM line 3: not a GEDCOM line");
        refused("0 HEAD\n0 @I1@ INDI\n0 @I1@ INDI\n0 TRLR\n", "GEDCOM line 3: individual @I1@ is defined twice");
        refused("", "the file is empty");
        refused("0 HEAD\n0 TRLR\n0 @I1@ INDI\n", "text after the trailer");
    }

    @Test
    void refusesBytesThatAreNotInTheDeclaredCharacterSet() {
        byte[] latin1InUtf8 = concat("0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Zo", new byte[] {(byte) 0xEB},
                " /Test/\n0 TRLR\n");
        assertThatThrownBy(() -> GedcomReader.read(new ByteArrayInputStream(latin1InUtf8)))
                .isInstanceOf(InvalidGedcomException.class).hasMessageContaining("line 4: bytes that are not valid UTF-8");
        refused("0 HEAD\n1 CHAR KLINGON\n0 TRLR\n", "character set KLINGON is not supported");
    }

    @Test
    void refusesAFiftyMegabyteLineWithoutReadingItAll() {
        var counted = new CountingStream(50_000_000);
        assertThatThrownBy(() -> GedcomReader.read(counted))
                .isInstanceOf(InvalidGedcomException.class)
                .hasMessageContaining("line 3: the line is longer than " + GedcomReader.MAX_LINE);
        assertThat(counted.served).isLessThan(1_000_000);
    }

    static FamilyTree read(String text) {
        return FamilyTree.of(GedcomReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    static void refused(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(InvalidGedcomException.class).hasMessageContaining(message);
    }

    private static byte[] concat(Object... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] bytes ? bytes : part.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** "0 HEAD", an INDI, then one line of {@code length} letters, generated as it is read. */
    private static final class CountingStream extends InputStream {

        private final byte[] start = "0 HEAD\n0 @I1@ INDI\n1 NOTE ".getBytes(StandardCharsets.US_ASCII);
        private final long length;
        long served;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (served >= start.length + length) {
                return -1;
            }
            return served < start.length ? start[(int) served++] : (int) (served++ % 26) + 'a';
        }
    }
}
