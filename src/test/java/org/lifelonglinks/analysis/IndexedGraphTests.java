package org.lifelonglinks.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The array-based walks agree with JGraphT's own algorithms, from the empty graph up to random sparse ones. */
class IndexedGraphTests {

    @Test
    void aLoneYoungPersonHasNoCutsAndNoCentrality() {
        var graph = graph(List.of("you"), List.of());
        var cuts = new IndexedGraph(graph).cutsFrom("you");
        assertThat(cuts.cutOff()).isEmpty();
        assertThat(cuts.bridges()).isEmpty();
        assertThat(cuts.reachable()).containsExactly("you");
        assertThat(new IndexedGraph(graph).betweenness()).containsEntry("you", 0.0);
    }

    @Test
    void aChainHangsFromEachLink() {
        var graph = graph(List.of("you", "a", "b", "c"), List.of("you-a", "a-b", "b-c"));
        var cuts = new IndexedGraph(graph).cutsFrom("you");
        assertThat(cuts.cutOff()).containsOnlyKeys("a", "b");
        assertThat(cuts.cutOff().get("a")).containsExactlyInAnyOrder("b", "c");
        assertThat(cuts.cutOff().get("b")).containsExactly("c");
        assertThat(cuts.bridges()).hasSize(3);
    }

    @Test
    void aCycleHasNoSinglePointOfFailure() {
        var graph = graph(List.of("you", "a", "b", "c"), List.of("you-a", "a-b", "b-c", "c-you"));
        var cuts = new IndexedGraph(graph).cutsFrom("you");
        assertThat(cuts.cutOff()).isEmpty();
        assertThat(cuts.bridges()).isEmpty();
    }

    @Test
    void chainsNeverEnterThePeopleTheyMustAvoid() {
        var graph = graph(List.of("you", "mum", "gran", "aunt", "dad"),
                List.of("you-mum", "you-gran", "mum-dad", "gran-aunt", "aunt-dad"));
        var chains = new IndexedGraph(graph).chainsFromNearest(List.of("mum", "gran"), Set.of("you", "mum"), 3);
        assertThat(chains.get("dad")).containsExactly(List.of("gran", "aunt"));
        var unrestricted = new IndexedGraph(graph).chainsFromNearest(List.of("mum", "gran"), Set.of("you"), 3);
        assertThat(unrestricted.get("dad")).containsExactly(List.of("mum"), List.of("gran", "aunt"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void cutsAgreeWithJGraphTAndWithRemovingEachPerson(int seed) {
        var graph = randomGraph(new Random(seed), 60, 70);
        var cuts = new IndexedGraph(graph).cutsFrom("v0");
        var component = new ConnectivityInspector<>(graph).connectedSetOf("v0");
        assertThat(cuts.reachable()).isEqualTo(component);

        var inspector = new BiconnectivityInspector<>(graph);
        var expectedCutpoints = inspector.getCutpoints().stream()
                .filter(component::contains).filter(v -> !v.equals("v0")).collect(Collectors.toSet());
        assertThat(cuts.cutOff().keySet()).isEqualTo(expectedCutpoints);
        for (var entry : cuts.cutOff().entrySet()) {
            var without = new HashSet<>(graph.vertexSet());
            without.remove(entry.getKey());
            var stillLinked = new ConnectivityInspector<>(new AsSubgraph<>(graph, without)).connectedSetOf("v0");
            var lost = component.stream().filter(v -> !v.equals(entry.getKey()) && !stillLinked.contains(v))
                    .collect(Collectors.toSet());
            assertThat(Set.copyOf(entry.getValue())).as("cut off by %s", entry.getKey()).isEqualTo(lost);
        }

        var expectedBridges = inspector.getBridges().stream()
                .filter(e -> component.contains(graph.getEdgeSource(e)))
                .map(e -> Set.of(graph.getEdgeSource(e), graph.getEdgeTarget(e)))
                .collect(Collectors.toSet());
        assertThat(cuts.bridges().stream().map(Set::copyOf).collect(Collectors.toSet())).isEqualTo(expectedBridges);
    }

    /** JGraphT divides undirected scores by (n - 1)(n - 2); ours by half that, so a star's centre scores 1. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void exactBetweennessAgreesWithJGraphT(int seed) {
        var graph = randomGraph(new Random(seed), 80, 120);
        var ours = new IndexedGraph(graph).betweenness();
        var theirs = new BetweennessCentrality<>(graph, true).getScores();
        for (String v : graph.vertexSet()) {
            assertThat(ours.get(v)).as(v).isCloseTo(2 * theirs.get(v), within(1e-9));
        }
    }

    @Test
    void sampledBetweennessFindsTheSameMostCentralPeople() {
        int n = IndexedGraph.EXACT_BETWEENNESS_LIMIT * 2;
        var graph = randomGraph(new Random(11), n, n + n / 2);
        var ours = new IndexedGraph(graph).betweenness();
        var theirs = new BetweennessCentrality<>(graph, true).getScores();
        var topTheirs = top(theirs, 5);
        var topOurs = top(ours, 20);
        assertThat(topOurs).containsAll(topTheirs);
        for (String v : topTheirs) {
            assertThat(ours.get(v)).as(v).isCloseTo(2 * theirs.get(v), within(2 * theirs.get(v) * 0.25));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void chainsComeFromTheNearestDifferentHelpersAndAvoidPeople(int seed) {
        var graph = randomGraph(new Random(seed), 60, 80);
        var avoid = Set.of("v3", "v5", "v8", "v13");
        var helpers = List.of("v1", "v2", "v4", "v9", "v20", "v33");
        var allowed = new HashSet<>(graph.vertexSet());
        allowed.removeAll(avoid);
        var shortest = new BFSShortestPath<>(new AsSubgraph<>(graph, allowed));
        var chains = new IndexedGraph(graph).chainsFromNearest(helpers, avoid, 3);
        for (String target : allowed) {
            if (helpers.contains(target)) {
                continue; // a helper is the first to reach themself; the young person is already in touch
            }
            var expectedDistances = helpers.stream()
                    .filter(h -> !h.equals(target))
                    .map(h -> shortest.getPath(h, target))
                    .filter(java.util.Objects::nonNull)
                    .map(path -> path.getLength())
                    .sorted().limit(3).toList();
            var found = chains.get(target).stream().filter(c -> !c.isEmpty()).toList();
            assertThat(found).extracting(List::size).as(target).containsExactlyElementsOf(expectedDistances);
            assertThat(found.stream().map(List::getFirst).distinct()).hasSize(found.size());
            for (var chain : found) {
                assertThat(helpers).contains(chain.getFirst());
                assertThat(chain).doesNotContainAnyElementsOf(avoid).doesNotContain(target);
                for (int i = 0; i < chain.size(); i++) {
                    String nextStep = i + 1 < chain.size() ? chain.get(i + 1) : target;
                    assertThat(graph.containsEdge(chain.get(i), nextStep)).isTrue();
                }
            }
        }
    }

    private static List<String> top(Map<String, Double> scores, int count) {
        return scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(count).map(Map.Entry::getKey).toList();
    }

    private static Graph<String, DefaultEdge> graph(List<String> vertices, List<String> edges) {
        var graph = new SimpleGraph<String, DefaultEdge>(DefaultEdge.class);
        vertices.forEach(graph::addVertex);
        edges.forEach(e -> graph.addEdge(e.split("-")[0], e.split("-")[1]));
        return graph;
    }

    /** A sparse random graph: a random tree (so most people are linked) plus extra random ties. */
    private static Graph<String, DefaultEdge> randomGraph(Random random, int vertices, int edges) {
        var graph = new SimpleGraph<String, DefaultEdge>(DefaultEdge.class);
        var names = new HashMap<Integer, String>();
        for (int i = 0; i < vertices; i++) {
            names.put(i, "v" + i);
            graph.addVertex("v" + i);
        }
        for (int i = 1; i < vertices; i++) {
            if (random.nextInt(10) > 0) {
                graph.addEdge(names.get(i), names.get(random.nextInt(i)));
            }
        }
        while (graph.edgeSet().size() < edges) {
            int a = random.nextInt(vertices);
            int b = random.nextInt(vertices);
            if (a != b) {
                graph.addEdge(names.get(a), names.get(b));
            }
        }
        return graph;
    }
}
