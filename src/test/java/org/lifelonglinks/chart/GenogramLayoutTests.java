package org.lifelonglinks.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifelonglinks.chart.Family.YOU;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.chart.ChartData.Symbol;
import org.lifelonglinks.chart.Layout.Stroke;
import org.lifelonglinks.chart.TreeReading.Hanging;

/**
 * Genograms built from families, read back from the geometry: who hangs from which line, and that no line runs
 * through a name or a symbol. From one person up to three generations, then random families.
 */
class GenogramLayoutTests {

    @Test
    void aYoungPersonAloneIsDrawnWithNoLines() {
        var layout = GenogramLayout.layout(Family.of("Robin").build());

        assertThat(layout.shapes()).extracting(Layout.Shape::personId).containsExactly(YOU);
        assertThat(layout.lines()).isEmpty();
        assertThat(layout.labels().getFirst().lines()).containsExactly("Robin");
    }

    @Test
    void partnersStandSideBySideOnOneRowJoinedByACoupleLine() {
        var layout = GenogramLayout.layout(Family.of("Robin").woman("ash", "Ash").partners(YOU, "ash").build());
        var tree = new TreeReading(layout);

        assertThat(tree.shape("ash").y()).isEqualTo(tree.shape(YOU).y());
        assertThat(tree.coupleLine(YOU, "ash")).isTrue();
        assertReadable(layout);
    }

    @Test
    void formerPartnersAreMarkedOnTheirCoupleLine() {
        var layout = GenogramLayout.layout(Family.of("Robin").woman("ash", "Ash").formerPartners(YOU, "ash").build());

        assertThat(layout.lines()).extracting(Layout.Line::mark).containsExactly("former");
    }

    @Test
    void aChildHangsFromTheirParentsCoupleLineOneRowBelow() {
        var layout = GenogramLayout.layout(Family.of("Robin").woman("mum", "Jade").man("dad", "Lee")
                .children("mum", "dad", YOU).build());
        var tree = new TreeReading(layout);

        assertThat(tree.hangings(YOU)).containsExactly(new Hanging(Set.of("mum", "dad"), Set.of(), Stroke.SOLID));
        assertThat(tree.coupleLine("mum", "dad")).isTrue();
        assertThat(tree.shape(YOU).y()).isGreaterThan(tree.bottomOfRow(tree.shape("mum").y()));
        assertReadable(layout);
    }

    @Test
    void aChildOfALoneParentHangsFromTheSideOfTheParentNotThroughTheirName() {
        var layout = GenogramLayout.layout(Family.of("Robin").woman("mum", "Jade", "mum, lives in Coventry")
                .parent("mum", YOU).build());
        var tree = new TreeReading(layout);

        assertThat(tree.hangings(YOU)).containsExactly(new Hanging(Set.of("mum"), Set.of(), Stroke.SOLID));
        assertReadable(layout);
    }

    @Test
    void inTheDemoFamilyRobinsCousinHangsFromHisOwnMotherAndNeverFromRobinsSiblingLine() {
        var layout = GenogramLayout.layout(Family.demoRobin());
        var tree = new TreeReading(layout);

        assertThat(tree.hangings(YOU)).containsExactly(new Hanging(Set.of("jade"), Set.of("tyler"), Stroke.SOLID));
        assertThat(tree.hangings("tyler")).containsExactly(new Hanging(Set.of("jade"), Set.of(YOU), Stroke.SOLID));
        assertThat(tree.hangings("dean")).containsExactly(new Hanging(Set.of("sharon"), Set.of(), Stroke.SOLID));
        assertThat(tree.hangings("jade")).containsExactly(
                new Hanging(Set.of("pat"), Set.of("sharon", "gary"), Stroke.SOLID));
        assertThat(tree.coupleLine("jade", "wayne")).isTrue();
        assertThat(tree.shape("dean").y()).isEqualTo(tree.shape(YOU).y());
        assertThat(layout.shapes()).extracting(Layout.Shape::personId).doesNotContain("sue", "dave");
        assertReadable(layout);
    }

    @Test
    void aParentWithTwoPartnersStandsBetweenThemWithEachPartnershipsChildrenUnderItsOwnCoupleLine() {
        var layout = GenogramLayout.layout(Family.of("Robin").woman("mum", "Jade").man("dad", "Lee")
                .man("step", "Carl", "mum's partner").woman("sister", "Mia", "half-sister").man("brother", "Kyle")
                .children("mum", "dad", YOU, "brother").children("mum", "step", "sister")
                .formerPartners("mum", "dad").partners("mum", "step").build());
        var tree = new TreeReading(layout);

        assertThat(tree.hangings(YOU)).containsExactly(
                new Hanging(Set.of("mum", "dad"), Set.of("brother"), Stroke.SOLID));
        assertThat(tree.hangings("sister")).containsExactly(new Hanging(Set.of("mum", "step"), Set.of(), Stroke.SOLID));
        assertThat(tree.coupleLine("mum", "dad")).isTrue();
        assertThat(tree.coupleLine("mum", "step")).isTrue();
        double mum = tree.shape("mum").x();
        assertThat((tree.shape("dad").x() - mum) * (tree.shape("step").x() - mum)).isNegative();
        assertReadable(layout);
    }

    @Test
    void anAdoptedChildHangsFromBirthParentsBySolidLineAndFromAdoptiveParentsByADashedOne() {
        var layout = GenogramLayout.layout(Family.of("Robin").woman("mum", "Jade").man("dad", "Lee")
                .woman("amum", "Sue", "adoptive mum").man("adad", "Dave", "adoptive dad").woman("asis", "Amy")
                .children("mum", "dad", YOU).partners("amum", "adad").children("amum", "adad", "asis")
                .parent("amum", YOU, "ADOPTIVE").parent("adad", YOU, "ADOPTIVE").build());
        var tree = new TreeReading(layout);

        assertThat(tree.hangings(YOU)).containsExactlyInAnyOrder(
                new Hanging(Set.of("mum", "dad"), Set.of(), Stroke.SOLID),
                new Hanging(Set.of("amum", "adad"), Set.of("asis"), Stroke.DASHED));
        assertThat(tree.hangings("asis")).containsExactly(
                new Hanging(Set.of("amum", "adad"), Set.of(YOU), Stroke.SOLID));
        assertReadable(layout);
    }

    @Test
    void aFosteredChildWithAStepParentKeepsBirthParentsWithDottedAndDashedLinesForTheOthers() {
        var layout = GenogramLayout.layout(Family.of("Robin").woman("mum", "Jade").man("step", "Carl", "stepdad")
                .woman("fmum", "Angela", "foster carer").man("fdad", "Rob", "foster carer")
                .parent("mum", YOU).parent("step", YOU, "STEP").partners("mum", "step").partners("fmum", "fdad")
                .parent("fmum", YOU, "FOSTER").parent("fdad", YOU, "FOSTER").build());
        var tree = new TreeReading(layout);

        assertThat(tree.hangings(YOU)).containsExactlyInAnyOrder(
                new Hanging(Set.of("mum"), Set.of(), Stroke.SOLID),
                new Hanging(Set.of("step"), Set.of(), Stroke.DASHED),
                new Hanging(Set.of("fmum", "fdad"), Set.of(), Stroke.DOTTED));
        assertReadable(layout);
    }

    @Test
    void siblingsWhoseParentsAreNotRecordedStillHangFromOneSiblingLine() {
        var layout = GenogramLayout.layout(Family.of("Robin").man("kai", "Kai").woman("lou", "Lou")
                .siblings(YOU, "kai", "FULL").siblings("kai", "lou", "HALF").build());
        var tree = new TreeReading(layout);

        assertThat(tree.hangings(YOU)).containsExactly(new Hanging(Set.of(), Set.of("kai", "lou"), Stroke.SOLID));
        assertThat(tree.hangings("lou")).containsExactly(new Hanging(Set.of(), Set.of("kai", YOU), Stroke.SOLID));
        assertReadable(layout);
    }

    @Test
    void aHalfSiblingWhoseParentsAreNotRecordedIsJoinedToTheYoungPersonBesideTheirParentsLine() {
        var layout = GenogramLayout.layout(Family.of("Robin").woman("mum", "Jade").man("dad", "Lee")
                .man("sam", "Sam", "half-brother").children("mum", "dad", YOU).siblings(YOU, "sam", "HALF").build());
        var tree = new TreeReading(layout);

        assertThat(tree.hangings(YOU)).containsExactlyInAnyOrder(
                new Hanging(Set.of("mum", "dad"), Set.of(), Stroke.SOLID),
                new Hanging(Set.of(), Set.of("sam"), Stroke.SOLID));
        assertReadable(layout);
    }

    @Test
    void inThreeGenerationsCousinsOnBothSidesHangFromTheirOwnParents() {
        var layout = GenogramLayout.layout(threeGenerations());
        var tree = new TreeReading(layout);

        assertThat(tree.hangings(YOU)).containsExactly(new Hanging(Set.of("mum", "dad"), Set.of("ella"), Stroke.SOLID));
        assertThat(tree.hangings("leah")).containsExactly(
                new Hanging(Set.of("kerry", "mark"), Set.of("kai"), Stroke.SOLID));
        assertThat(tree.hangings("finn")).containsExactly(new Hanging(Set.of("tom", "nina"), Set.of(), Stroke.SOLID));
        assertThat(tree.hangings("mum")).containsExactly(
                new Hanging(Set.of("gran", "grandad"), Set.of("kerry"), Stroke.SOLID));
        assertThat(tree.hangings("dad")).containsExactly(new Hanging(Set.of("nana", "pops"), Set.of("tom"), Stroke.SOLID));
        var rows = new TreeSet<Double>();
        layout.shapes().forEach(s -> rows.add(s.y()));
        assertThat(rows).hasSize(3);
        assertThat(tree.shape("gran").y()).isLessThan(tree.shape("mum").y());
        assertThat(tree.shape("mum").y()).isLessThan(tree.shape("leah").y());
        assertReadable(layout);
    }

    @Test
    void theSameFamilyGivesTheSameLayout() {
        assertThat(GenogramLayout.layout(threeGenerations())).isEqualTo(GenogramLayout.layout(threeGenerations()));
    }

    @Test
    void randomFamiliesAreDrawnWithEveryParentShownAndNoLineThroughANameOrSymbol() {
        for (int seed = 0; seed < Integer.getInteger("genogram.families", 300); seed++) {
            var family = RandomFamily.build(new Random(seed));
            var layout = GenogramLayout.layout(family);
            var tree = new TreeReading(layout);

            assertThat(layout.shapes()).as("seed %d", seed).hasSize(family.members().size() + 1);
            assertReadable(layout, "seed " + seed);
            var parents = new HashMap<String, Set<String>>();
            family.kinship().stream().filter(k -> k.kind().equals("PARENT"))
                    .forEach(k -> parents.computeIfAbsent(k.toId(), c -> new TreeSet<>()).add(k.fromId()));
            for (var entry : parents.entrySet()) {
                var hangings = tree.hangings(entry.getKey());
                var shown = new TreeSet<String>();
                hangings.forEach(h -> shown.addAll(h.parents()));
                assertThat(shown).as("seed %d: parents of %s", seed, entry.getKey()).isEqualTo(entry.getValue());
                for (var hanging : hangings) {
                    for (String sibling : hanging.siblings()) {
                        assertThat(tree.hangings(sibling)).extracting(Hanging::parents)
                                .as("seed %d: %s on the line of %s", seed, sibling, entry.getKey())
                                .contains(hanging.parents());
                    }
                }
                for (String parent : entry.getValue()) {
                    assertThat(tree.shape(parent).y()).as("seed %d", seed)
                            .isLessThan(tree.shape(entry.getKey()).y());
                }
            }
        }
    }

    @Test
    void theDemoFamilyAndTestFamiliesArePaintedForLooking() throws Exception {
        var out = Path.of("target", "charts");
        Files.createDirectories(out);
        var families = Map.of("genogram-demo-robin", Family.demoRobin(), "genogram-three-generations",
                threeGenerations(), "genogram-random", RandomFamily.build(new Random(Integer.getInteger("genogram.seed", 7))));
        for (var entry : families.entrySet()) {
            var layout = GenogramLayout.layout(entry.getValue());
            var image = ImagePainter.paint(layout, 1.5);
            assertThat(image.getWidth()).isEqualTo((int) Math.ceil(layout.width() * 1.5));
            ImageIO.write(image, "png", out.resolve(entry.getKey() + ".png").toFile());
            Files.writeString(out.resolve(entry.getKey() + ".svg"), SvgPainter.paint(layout));
        }
    }

    /** Maternal grandparents with an aunt who has two children; paternal grandparents with an uncle who has one. */
    static ChartData threeGenerations() {
        return Family.of("Robin")
                .woman("gran", "Nanna Jo", "grandmother").man("grandad", "Grandad Ray", "grandfather")
                .woman("nana", "Nana Pat", "grandmother").man("pops", "Pops", "grandfather")
                .woman("mum", "Dana", "mum").man("dad", "Lee", "dad").woman("kerry", "Aunt Kerry", "aunt")
                .man("mark", "Mark", "uncle by marriage").man("tom", "Uncle Tom", "uncle").woman("nina", "Nina", "aunt")
                .woman("ella", "Ella", "sister").woman("leah", "Leah", "cousin").man("kai", "Kai", "cousin")
                .man("finn", "Finn", "cousin")
                .partners("gran", "grandad").partners("nana", "pops").formerPartners("mum", "dad")
                .partners("kerry", "mark").partners("tom", "nina")
                .children("gran", "grandad", "mum", "kerry").children("nana", "pops", "dad", "tom")
                .children("mum", "dad", YOU, "ella").children("kerry", "mark", "leah", "kai")
                .children("nina", "tom", "finn")
                .build();
    }

    private static void assertReadable(Layout layout) {
        assertReadable(layout, "layout");
    }

    /**
     * No line through a name or a symbol, nothing overlapping, no crossing without a break, each row's names above
     * the next row's symbols.
     */
    private static void assertReadable(Layout layout, String which) {
        var tree = new TreeReading(layout);
        assertThat(tree.linesThroughLabels()).as(which).isEmpty();
        assertThat(tree.linesThroughSymbols()).as(which).isEmpty();
        assertThat(tree.overlaps()).as(which).isEmpty();
        assertThat(tree.crossings()).as(which).isEmpty();
        var rows = new TreeSet<Double>();
        layout.shapes().forEach(s -> rows.add(s.y()));
        Double above = null;
        for (double row : rows) {
            if (above != null) {
                assertThat(tree.bottomOfRow(above)).as(which).isLessThan(row - GenogramLayout.SIZE - GenogramLayout.RING);
            }
            above = row;
        }
    }

    /** Random families that could be real: parents one generation up, up to two birth parents each. */
    static final class RandomFamily {

        private static final String[] NAMES = {"Jo", "Alexandra-Louise", "Sam", "Kerry", "Dee", "Mohammed",
                "Bea", "Christopher", "Ty", "Jas", "Oluwaseun", "Li", "Maximilian", "Pat", "Evie"};
        private static final String[] RELATIONSHIPS = {null, "aunt", "mum's former partner", "cousin",
                "great-grandmother", "half-brother", "foster carer 2019-2021"};

        static ChartData build(Random random) {
            return build(random, 1 + random.nextInt(22));
        }

        static ChartData build(Random random, int size) {
            var family = Family.of(random.nextBoolean() ? "Robin" : "Kai-Alexander");
            var generation = new HashMap<String, Integer>();
            var birthParents = new HashMap<String, List<String>>();
            var people = new ArrayList<String>();
            generation.put(YOU, 0);
            people.add(YOU);
            int next = 0;
            while (people.size() < size) {
                String someone = people.get(random.nextInt(people.size()));
                int g = generation.get(someone);
                String a = "p" + next++;
                String b = "p" + next++;
                switch (random.nextInt(7)) {
                    case 0, 1 -> {
                        if (birthParents.getOrDefault(someone, List.of()).isEmpty()) {
                            add(family, random, a, generation, people, g - 1);
                            family.parent(a, someone);
                            birthParents.computeIfAbsent(someone, k -> new ArrayList<>()).add(a);
                            if (random.nextBoolean()) {
                                add(family, random, b, generation, people, g - 1);
                                family.parent(b, someone);
                                birthParents.get(someone).add(b);
                                partners(family, random, a, b);
                            }
                        }
                    }
                    case 2 -> {
                        add(family, random, a, generation, people, g + 1);
                        family.parent(someone, a);
                        birthParents.computeIfAbsent(a, k -> new ArrayList<>()).add(someone);
                        var partner = people.stream().filter(p -> !p.equals(someone) && generation.get(p) == g)
                                .filter(p -> random.nextInt(3) == 0).findFirst();
                        partner.ifPresent(p -> {
                            family.parent(p, a);
                            birthParents.get(a).add(p);
                        });
                    }
                    case 3 -> {
                        add(family, random, a, generation, people, g);
                        partners(family, random, someone, a);
                    }
                    case 4 -> {
                        add(family, random, a, generation, people, g);
                        family.siblings(someone, a, List.of("FULL", "HALF", "STEP").get(random.nextInt(3)));
                    }
                    case 5 -> {
                        String kind = List.of("ADOPTIVE", "FOSTER").get(random.nextInt(2));
                        add(family, random, a, generation, people, g - 1);
                        family.parent(a, someone, kind);
                        if (random.nextBoolean()) {
                            add(family, random, b, generation, people, g - 1);
                            family.parent(b, someone, kind).partners(a, b);
                        }
                    }
                    default -> {
                        var parents = birthParents.getOrDefault(someone, List.of());
                        if (!parents.isEmpty()) {
                            add(family, random, a, generation, people, g - 1);
                            family.partners(parents.getFirst(), a).parent(a, someone, "STEP");
                        }
                    }
                }
            }
            return family.build();
        }

        private static void partners(Family family, Random random, String a, String b) {
            if (random.nextBoolean()) {
                family.partners(a, b);
            } else {
                family.formerPartners(a, b);
            }
        }

        private static void add(Family family, Random random, String id, Map<String, Integer> generation,
                List<String> people, int g) {
            var symbols = Symbol.values();
            family.person(id, NAMES[random.nextInt(NAMES.length)], symbols[random.nextInt(symbols.length)],
                    RELATIONSHIPS[random.nextInt(RELATIONSHIPS.length)]);
            if (random.nextInt(6) == 0) {
                family.doNotContact(id);
            }
            if (random.nextInt(6) == 0) {
                family.died(id);
            }
            generation.put(id, g);
            people.add(id);
        }
    }
}
