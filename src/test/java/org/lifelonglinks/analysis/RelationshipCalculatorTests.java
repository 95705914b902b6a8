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
