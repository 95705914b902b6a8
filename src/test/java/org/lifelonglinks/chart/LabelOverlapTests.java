package org.lifelonglinks.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lifelonglinks.chart.ChartData.Closeness;
import org.lifelonglinks.chart.ChartData.Member;
import org.lifelonglinks.chart.ChartData.Symbol;
import org.lifelonglinks.chart.ChartData.Tie;
import org.lifelonglinks.chart.Layout.Label;
import org.lifelonglinks.chart.Layout.Shape;

/**
 * Measured on the layouts' own geometry, for networks of 10, 50 and 150 people: no label over another label, no
 * line through a label (not even a line to the label's own person), the key clear of the chart, and each group's
 * name beside its own people.
 */
class LabelOverlapTests {

    /** The most a group's name may stand from the nearest of its people (from the edge of the name's box). */
    private static final double BESIDE = 60;

    @ParameterizedTest
    @ValueSource(ints = {10, 50, 150})
    void anEcomapHasNoLabelOverlappedByALineOrAnotherLabel(int size) {
        for (int seed = 0; seed < 3; seed++) {
            var data = network(new Random(seed), size);
            var layout = EcomapLayout.layout(data);

            assertThat(layout.shapes()).hasSize(size + 1);
            assertThat(layout.overlaps()).as("%d people, seed %d", size, seed).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50, 150})
    void aFamilyTreeHasNoLabelOverlappedByALineOrAnotherLabel(int size) {
        for (int seed = 0; seed < 3; seed++) {
            var data = GenogramLayoutTests.RandomFamily.build(new Random(seed), size);
            var layout = GenogramLayout.layout(data);

            assertThat(layout.shapes()).hasSizeGreaterThanOrEqualTo(size);
            assertThat(layout.overlaps()).as("%d people, seed %d", size, seed).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50, 150})
    void eachGroupsNameStandsBesideItsOwnPeople(int size) {
        var data = network(new Random(size), size);
        var layout = EcomapLayout.layout(data);

        var groups = data.members().stream().map(Member::group).distinct().toList();
        for (String group : groups) {
            var title = layout.labels().stream().filter(l -> l.personId() == null
                    && l.lines().equals(List.of(group.toUpperCase(Locale.ROOT)))).findFirst().orElseThrow();
            List<Shape> people = layout.shapes().stream().filter(s -> data.members().stream()
                    .anyMatch(m -> m.id().equals(s.personId()) && m.group().equals(group))).toList();
            double nearest = EcomapLayout.distance(title.box(), people);
            double nearestOther = EcomapLayout.distance(title.box(), layout.shapes().stream()
                    .filter(s -> !people.contains(s) && !s.personId().equals(data.youngPersonId())).toList());
            assertThat(nearest).as("%s in %d people", group, size).isLessThan(BESIDE);
            // Nearer its own people than most others', so it is read as theirs.
            assertThat(nearest).as("%s in %d people", group, size).isLessThanOrEqualTo(nearestOther + BESIDE / 2);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 150})
    void theKeyStandsBesideTheChartNotOverIt(int size) {
        var ecomap = EcomapLayout.layout(network(new Random(1), size));
        double right = ecomap.labels().stream().mapToDouble(l -> l.left() + l.width()).max().orElseThrow();

        assertThat(ecomap.legendBox().getMinX()).isGreaterThan(right);
        var tree = GenogramLayout.layout(GenogramLayoutTests.RandomFamily.build(new Random(1), size));
        double bottom = tree.labels().stream().mapToDouble(l -> l.y() + l.height()).max().orElseThrow();
        assertThat(tree.legendBox().getMinY()).isGreaterThan(bottom);
    }

    private static final String[] NAMES = {"Jo", "Alexandra-Louise", "Sam", "Kerry", "Dee", "Mohammed", "Bea",
            "Christopher", "Ty", "Jas", "Oluwaseun", "Li", "Maximilian", "Pat", "Evie", "Great-Nan Vi"};
    private static final String[] RELATIONSHIPS = {null, "aunt", "mum's former partner", "cousin",
            "great-grandmother", "half-brother", "foster carer 2019-2021", "football coach", "best friend"};

    /** A network as a coordinator might map it: every group, ring and kind of line, some marked. */
    static ChartData network(Random random, int size) {
        var members = new ArrayList<Member>();
        var groups = EcomapLayout.GROUP_ORDER;
        for (int i = 0; i < size; i++) {
            // Family sides hold most people, as in a real network.
            String group = groups.get(random.nextInt(3) == 0 ? random.nextInt(groups.size()) : random.nextInt(3));
            var closeness = Closeness.values()[random.nextInt(3)];
            var tie = Tie.values()[random.nextInt(5)];
            members.add(new Member("p" + i, NAMES[random.nextInt(NAMES.length)],
                    RELATIONSHIPS[random.nextInt(RELATIONSHIPS.length)], group, closeness, tie,
                    random.nextInt(6) == 0, random.nextInt(8) == 0, Symbol.values()[random.nextInt(3)],
                    random.nextInt(10) == 0));
        }
        return new ChartData("you", random.nextBoolean() ? "Robin" : "Kai-Alexander", members, List.of());
    }
}
