package org.lifelonglinks.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifelonglinks.analysis.Networks.YOU;
import static org.lifelonglinks.analysis.Networks.network;
import static org.lifelonglinks.network.Sex.FEMALE;
import static org.lifelonglinks.network.Sex.MALE;
import static org.lifelonglinks.network.Sex.UNKNOWN;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Network;

class RelationshipCalculatorTests {

    /** A three-generation family on both sides, with a half-sibling, a step-father and a foster carer's link. */
    private static final Network FAMILY = network()
            .person("mum", FEMALE).person("dad", MALE).parent("mum", YOU).parent("dad", YOU)
            .person("gran", FEMALE).person("grandad", MALE).parent("gran", "mum").parent("grandad", "mum")
            .person("nana", FEMALE).parent("nana", "dad")
            .person("greatgran", FEMALE).parent("greatgran", "gran")
            .person("kerry", FEMALE).parent("gran", "kerry").parent("grandad", "kerry")
            .person("leah", FEMALE).parent("kerry", "leah")
            .person("milo", MALE).parent("leah", "milo")
            .person("uncle", MALE).parent("nana", "uncle")
            .person("sam", MALE).parent("mum", "sam").person("carl", MALE).parent("carl", "sam")
            .person("ella", FEMALE).parent("mum", "ella").parent("dad", "ella")
            .person("niece", FEMALE).parent("ella", "niece")
            .person("steve", MALE).kin("mum", "steve", KinKind.PARTNER, KinQualifier.CURRENT)
            .person("stepgran", FEMALE).kin("grandad", "stepgran", KinKind.PARTNER, KinQualifier.CURRENT)
            .person("auntpartner", UNKNOWN).kin("kerry", "auntpartner", KinKind.PARTNER, KinQualifier.FORMER)
            .person("fostermum", FEMALE).kin("fostermum", YOU, KinKind.PARENT, KinQualifier.FOSTER)
            .person("stranger", MALE)
            .build();

    private final RelationshipCalculator calculator = new RelationshipCalculator(FAMILY);

    private String words(String personId) {
        return calculator.relationshipTo(YOU, personId).map(RelationshipCalculator.Relationship::words).orElse(null);
    }

    @Test
    void theYoungPersonIsThemself() {
        assertThat(words(YOU)).isEqualTo("you");
    }

    @Test
    void namesParentsAndGrandparentsWithTheirSide() {
        assertThat(words("mum")).isEqualTo("mother");
        assertThat(words("dad")).isEqualTo("father");
        assertThat(words("gran")).isEqualTo("maternal grandmother");
        assertThat(words("nana")).isEqualTo("paternal grandmother");
        assertThat(words("greatgran")).isEqualTo("maternal great-grandmother");
    }

    @Test
    void namesAuntsCousinsAndRemovedCousins() {
        assertThat(words("kerry")).isEqualTo("maternal aunt");
        // Only Nana is recorded as a parent of Dad and the uncle: nothing says they are half-brothers.
        assertThat(words("uncle")).isEqualTo("paternal uncle");
        assertThat(words("leah")).isEqualTo("maternal first cousin");
        assertThat(words("milo")).isEqualTo("maternal first cousin once removed");
    }

    @Test
    void tellsFullFromHalfSiblings() {
        assertThat(words("ella")).isEqualTo("sister");
        assertThat(words("sam")).isEqualTo("half-brother");
        assertThat(words("niece")).isEqualTo("niece");
    }

    @Test
    void namesStepRelativesAndPartnersOfRelatives() {
        assertThat(words("steve")).isEqualTo("step-father");
        assertThat(words("stepgran")).isEqualTo("step-grandmother");
        assertThat(words("auntpartner")).isEqualTo("former partner of your maternal aunt");
    }

    @Test
    void namesFosterParents() {
        assertThat(words("fostermum")).isEqualTo("foster mother");
    }

    @Test
    void someoneWithNoRecordedKinshipHasNoRelationship() {
        assertThat(calculator.relationshipTo(YOU, "stranger")).isEmpty();
    }

    @Test
    void siblingsRecordedWithoutParentsAreStillSiblingsAndTheirChildrenNiecesOrNephews() {
        var network = network()
                .person("brother", MALE).kin(YOU, "brother", KinKind.SIBLING, KinQualifier.FULL)
                .person("halfsister", FEMALE).kin(YOU, "halfsister", KinKind.SIBLING, KinQualifier.HALF)
                .person("nephew", MALE).parent("brother", "nephew")
                .build();
        var calculator = new RelationshipCalculator(network);

        assertThat(calculator.relationshipTo(YOU, "brother").orElseThrow().words()).isEqualTo("brother");
        assertThat(calculator.relationshipTo(YOU, "halfsister").orElseThrow().words()).isEqualTo("half-sister");
        assertThat(calculator.relationshipTo(YOU, "nephew").orElseThrow().words()).isEqualTo("nephew");
    }

    private static String words(Network network, String personId) {
        return new RelationshipCalculator(network).relationshipTo(YOU, personId)
                .map(RelationshipCalculator.Relationship::words).orElse(null);
    }

    /** Dad's parents are both recorded, the uncle's father only; the uncle's wife's parents are recorded too. */
    private static Networks uncleWithOneRecordedParent() {
        return network()
                .person("dad", MALE).parent("dad", YOU)
                .person("grandad", MALE).person("nana", FEMALE).parent("grandad", "dad").parent("nana", "dad")
                .person("uncle", MALE).parent("grandad", "uncle")
                .person("auntie", FEMALE).person("auntiesdad", MALE).person("auntiesmum", FEMALE)
                .parent("auntiesdad", "auntie").parent("auntiesmum", "auntie")
                .person("cousin", MALE).parent("uncle", "cousin").parent("auntie", "cousin");
    }

    @Test
    void aCousinIsNotHalfWhereHisFathersSecondParentIsNotRecorded() {
        var network = uncleWithOneRecordedParent().build();

        // Uncle and son agree: nothing says the uncle had another mother than Dad's.
        assertThat(words(network, "uncle")).isEqualTo("paternal uncle");
        assertThat(words(network, "cousin")).isEqualTo("paternal first cousin");
    }

    @Test
    void descendantsOfAFamilyWithNoMotherRecordedAreFullCousinsHoweverManyOtherAncestorsAreKnown() {
        // Grandad and the great-uncle are children of one family in which only their father is recorded.
        var network = network()
                .person("mum", FEMALE).parent("mum", YOU)
                .person("grandad", MALE).person("gran", FEMALE).parent("grandad", "mum").parent("gran", "mum")
                .person("gransdad", MALE).parent("gransdad", "gran")
                .person("greatgrandad", MALE).parent("greatgrandad", "grandad")
                .person("greatuncle", MALE).parent("greatgrandad", "greatuncle")
                .person("c1", MALE).parent("greatuncle", "c1")
                .person("c1mum", FEMALE).parent("c1mum", "c1").person("c1grandad", MALE).parent("c1grandad", "c1mum")
                .person("cousin", MALE).parent("c1", "cousin")
                .build();

        assertThat(words(network, "cousin")).isEqualTo("maternal second cousin");
    }

    @Test
    void halfIsNamedWhereEachLineHasASecondRecordedParentWhoIsNotTheOthers() {
        var network = uncleWithOneRecordedParent()
                .person("othergran", FEMALE).parent("othergran", "uncle")
                .build();

        assertThat(words(network, "uncle")).isEqualTo("paternal half-uncle");
        assertThat(words(network, "cousin")).isEqualTo("paternal half-first cousin");
    }

    @Test
    void thePartnerOfTwoRelativesIsNamedByTheNearerWhateverTheOrderTheyWereRecordedIn() {
        // She married a distant cousin first, then the young person's nephew; both listed as current.
        var network = distantCousinAndNephew()
                .person("wife", FEMALE)
                .kin("cousin3", "wife", KinKind.PARTNER, KinQualifier.CURRENT)
                .kin("wife", "nephew", KinKind.PARTNER, KinQualifier.CURRENT)
                .build();

        assertThat(words(network, "wife")).isEqualTo("partner of your nephew");
    }

    @Test
    void aCurrentPartnerWinsOverAFormerOneHoweverNearTheFormerIs() {
        var network = distantCousinAndNephew()
                .person("wife", FEMALE)
                .kin("wife", "nephew", KinKind.PARTNER, KinQualifier.FORMER)
                .kin("cousin3", "wife", KinKind.PARTNER, KinQualifier.CURRENT)
                .build();

        assertThat(words(network, "wife")).isEqualTo("partner of your paternal third cousin");
    }

    @Test
    void aFathersWifeWhoIsAlsoADistantCousinIsNamedAsBoth() {
        var network = distantCousinAndNephew()
                .person("stepmum", FEMALE).parent("ggg", "g3").person("g3", FEMALE).parent("g3", "g2")
                .person("g2", MALE).parent("g2", "g1").person("g1", FEMALE).parent("g1", "stepmum")
                .kin("dad", "stepmum", KinKind.PARTNER, KinQualifier.CURRENT)
                .build();

        assertThat(words(network, "stepmum")).isEqualTo("step-mother; also a paternal third cousin");
    }

    @Test
    void parentsWhoAreCousinsAreNamedAsParentsOnly() {
        var network = network()
                .person("dad", MALE).person("mum", FEMALE).parent("dad", YOU).parent("mum", YOU)
                .person("gg", MALE).person("a", MALE).person("b", FEMALE)
                .parent("gg", "a").parent("gg", "b").parent("a", "dad").parent("b", "mum")
                .kin("dad", "mum", KinKind.PARTNER, KinQualifier.CURRENT)
                .build();

        assertThat(words(network, "mum")).isEqualTo("mother");
    }

    @Test
    void theYoungPersonsOwnPartnerIsTheirPartner() {
        var network = network().person("partner", FEMALE).kin(YOU, "partner", KinKind.PARTNER, KinQualifier.CURRENT)
                .build();

        assertThat(words(network, "partner")).isEqualTo("partner");
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderKinshipIsRecordedIn() {
        var reversed = new java.util.ArrayList<>(FAMILY.kinship());
        java.util.Collections.reverse(reversed);
        var calculatorReversed = new RelationshipCalculator(new Network(FAMILY.youngPerson(), FAMILY.people(),
                FAMILY.connections(), reversed));

        for (var person : FAMILY.people()) {
            assertThat(calculatorReversed.relationshipTo(YOU, person.id())).as(person.id())
                    .isEqualTo(calculator.relationshipTo(YOU, person.id()));
        }
    }

    /** Dad's line: a nephew through a sister, and a third cousin through Dad's great-grandfather "ggg". */
    private static Networks distantCousinAndNephew() {
        return network()
                .person("dad", MALE).person("mum", FEMALE).parent("dad", YOU).parent("mum", YOU)
                .person("sister", FEMALE).parent("dad", "sister").parent("mum", "sister")
                .person("nephew", MALE).parent("sister", "nephew")
                .person("d1", MALE).parent("d1", "dad").person("d2", MALE).parent("d2", "d1")
                .person("ggg", MALE).parent("ggg", "d2")
                .person("c3", MALE).parent("ggg", "c3").person("c2", MALE).parent("c3", "c2")
                .person("c1", MALE).parent("c2", "c1").person("cousin3", MALE).parent("c1", "cousin3");
    }

    @Test
    void namesByGenerationCountsUpAndDown() {
        assertThat(RelationshipCalculator.name(2, 2, MALE, false)).isEqualTo("first cousin");
        assertThat(RelationshipCalculator.name(3, 3, FEMALE, false)).isEqualTo("second cousin");
        assertThat(RelationshipCalculator.name(2, 4, FEMALE, false)).isEqualTo("first cousin twice removed");
        assertThat(RelationshipCalculator.name(3, 1, MALE, false)).isEqualTo("great-uncle");
        assertThat(RelationshipCalculator.name(1, 3, UNKNOWN, false)).isEqualTo("great-niece or nephew");
        assertThat(RelationshipCalculator.name(0, 2, FEMALE, false)).isEqualTo("granddaughter");
    }
}
