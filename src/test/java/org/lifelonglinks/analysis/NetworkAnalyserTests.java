package org.lifelonglinks.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifelonglinks.analysis.Networks.YOU;
import static org.lifelonglinks.analysis.Networks.network;
import static org.lifelonglinks.network.Baseline.LOST_TOUCH;
import static org.lifelonglinks.network.Baseline.NEVER_MET;
import static org.lifelonglinks.network.Baseline.OCCASIONAL;
import static org.lifelonglinks.network.Baseline.REGULAR;
import static org.lifelonglinks.network.Sex.FEMALE;
import static org.lifelonglinks.network.Sex.MALE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.analysis.NetworkAnalysis.PersonRef;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.Wish;

class NetworkAnalyserTests {

    private static NetworkAnalysis analyse(Network network) {
        return analyse(network, Set.of());
    }

    private static NetworkAnalysis analyse(Network network, Set<String> doNotContact) {
        return new NetworkAnalyser(network, doNotContact, Map.of()).analyse();
    }

    private static List<String> ids(List<PersonRef> refs) {
        return refs.stream().map(PersonRef::id).toList();
    }

    @Test
    void anEmptyNetworkHasNothingToReport() {
        var analysis = analyse(network().build());

        assertThat(analysis.size().people()).isZero();
        assertThat(analysis.singlePointsOfFailure()).isEmpty();
        assertThat(analysis.onlyLinks()).isEmpty();
        assertThat(analysis.routes()).isEmpty();
        assertThat(analysis.central()).isEmpty();
        assertThat(analysis.relationships()).isEmpty();
    }

    @Test
    void oneLostPersonHasNoRouteYet() {
        var analysis = analyse(network().person("kerry", FEMALE, LOST_TOUCH, Wish.WANT_BACK_IN_TOUCH).build());

        assertThat(analysis.size().people()).isEqualTo(1);
        assertThat(analysis.size().atReferral()).containsEntry(LOST_TOUCH, 1);
        assertThat(analysis.routes()).singleElement().satisfies(route -> {
            assertThat(route.target().id()).isEqualTo("kerry");
            assertThat(route.chains()).isEmpty();
            assertThat(route.message()).contains("No one");
        });
    }

    @Test
    void twoPeopleInTouchAreEachAnOnlyLinkButNotAPointOfFailure() {
        var analysis = analyse(network().person("mum", FEMALE, REGULAR, null).build());

        assertThat(analysis.singlePointsOfFailure()).isEmpty();
        assertThat(analysis.onlyLinks()).singleElement()
                .satisfies(link -> assertThat(List.of(link.from().id(), link.to().id())).containsExactly("mum", YOU));
        assertThat(analysis.routes()).isEmpty();
    }

    @Test
    void grandmotherIsTheOnlyLinkToDadsSide() {
        var analysis = analyse(network()
                .person("gran", FEMALE, REGULAR, null)
                .person("dad", MALE, LOST_TOUCH, Wish.WANT_BACK_IN_TOUCH)
                .person("aunt", FEMALE, NEVER_MET, Wish.WANT_TO_KNOW_ABOUT)
                .parent("gran", "dad").parent("gran", "aunt")
                .build());

        assertThat(analysis.singlePointsOfFailure()).singleElement().satisfies(point -> {
            assertThat(point.person().id()).isEqualTo("gran");
            assertThat(ids(point.wouldBeCutOff())).containsExactly("aunt", "dad");
            assertThat(point.message()).isEqualTo("If contact with Gran stops, no one links you to Aunt and Dad.");
        });
        assertThat(analysis.routes()).extracting(r -> r.target().id()).containsExactly("aunt", "dad");
        assertThat(analysis.routes().get(1).chains()).containsExactly(List.of(new PersonRef("gran", "Gran")));
        assertThat(analysis.routes().get(1).message()).isEqualTo("Your gran Gran is linked to Dad.");
        assertThat(analysis.central()).first().satisfies(c -> assertThat(c.person().id()).isEqualTo("gran"));
    }

    @Test
    void routesNeverPassThroughSomeoneWhoMustNotBeContacted() {
        var network = network()
                .person("mum", FEMALE, REGULAR, null)
                .person("aunt", FEMALE, OCCASIONAL, null)
                .person("granny", FEMALE, NEVER_MET, null)
                .person("cousin", FEMALE, LOST_TOUCH, Wish.WANT_BACK_IN_TOUCH)
                .parent("mum", "cousin")
                .parent("granny", "aunt").parent("granny", "cousin")
                .build();

        var unrestricted = analyse(network).routes().stream().filter(r -> r.target().id().equals("cousin"))
                .findFirst().orElseThrow();
        var restricted = analyse(network, Set.of("mum")).routes().stream()
                .filter(r -> r.target().id().equals("cousin")).findFirst().orElseThrow();

        assertThat(unrestricted.chains().getFirst()).extracting(PersonRef::id).containsExactly("mum");
        assertThat(restricted.chains()).isNotEmpty().allSatisfy(chain ->
                assertThat(chain).extracting(PersonRef::id).doesNotContain("mum"));
        assertThat(restricted.chains().getFirst()).extracting(PersonRef::id).containsExactly("aunt", "granny");
    }

    @Test
    void noRouteIsSuggestedToSomeoneWhoMustNotBeContacted() {
        var analysis = analyse(network()
                .person("gran", FEMALE, REGULAR, null)
                .person("dad", MALE, LOST_TOUCH, Wish.WANT_BACK_IN_TOUCH)
                .parent("gran", "dad")
                .build(), Set.of("dad"));

        assertThat(analysis.routes()).isEmpty();
    }

    @Test
    void countsTheNetworkByCategoryAndByContactThenAndNow() {
        var network = network()
                .person("gran", FEMALE, REGULAR, null)
                .person("dad", MALE, LOST_TOUCH, null)
                .build();

        var analysis = new NetworkAnalyser(network, Set.of(), Map.of("dad", Baseline.OCCASIONAL)).analyse();

        assertThat(analysis.size().byCategory()).containsExactly(Map.entry(Category.FAMILY, 2));
        assertThat(analysis.size().atReferral()).containsEntry(REGULAR, 1).containsEntry(LOST_TOUCH, 1);
        assertThat(analysis.size().now()).containsEntry(REGULAR, 1).containsEntry(OCCASIONAL, 1)
                .doesNotContainKey(LOST_TOUCH);
    }

    @Test
    void theSameNetworkGivesTheSameAnswer() {
        var network = network()
                .person("gran", FEMALE, REGULAR, null).person("dad", MALE, LOST_TOUCH, null)
                .person("aunt", FEMALE, NEVER_MET, null).parent("gran", "dad").parent("gran", "aunt")
                .build();

        assertThat(analyse(network)).isEqualTo(analyse(network));
    }
}
