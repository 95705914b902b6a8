package org.lifelonglinks.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * An undirected JGraphT graph copied into arrays of neighbour indices, for the algorithms the analysis runs
 * many times over. JGraphT's general versions hash a vertex on every step; on a 5,000-person network Yen's
 * k-shortest paths per wanted person and hash-based Brandes took 17 s, these take well under a second (see
 * docs/performance.md). {@code AnalysisAlgorithmTests} checks them against JGraphT's own algorithms.
 */
final class IndexedGraph {

    /** Above this many people, betweenness is estimated from this many evenly spread sources. */
    static final int EXACT_BETWEENNESS_LIMIT = 1000;

    private final List<String> ids;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final int[][] neighbours;

    IndexedGraph(Graph<String, ?> graph) {
        ids = graph.vertexSet().stream().sorted().toList();
        for (int i = 0; i < ids.size(); i++) {
            indexOf.put(ids.get(i), i);
        }
        neighbours = new int[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            neighbours[i] = Graphs.neighborListOf(graph, ids.get(i)).stream()
                    .mapToInt(indexOf::get).sorted().toArray();
        }
    }

    /**
     * For every person, up to {@code count} shortest chains to them, each starting from a different one of
     * {@code helpers} and never entering anyone in {@code avoid}: one breadth-first walk from all helpers at
     * once, in which each person keeps the first {@code count} different helpers to arrive, so each person is
     * expanded at most {@code count} times. O(count · (V + E) + the chains listed).
     *
     * @return chains by the person reached; each chain runs from a helper up to, not including, that person (a
     *         helper reaches themself first, with no chain, so a helper has at most {@code count - 1} chains)
     */
    Map<String, List<List<String>>> chainsFromNearest(List<String> helpers, Set<String> avoid, int count) {
        int n = ids.size();
        boolean[] blocked = new boolean[n];
        avoid.forEach(id -> {
            Integer i = indexOf.get(id);
            if (i != null) {
                blocked[i] = true;
            }
        });
        // Arrival k at person v: which helper, and the arrival it came through (to walk the chain back).
        int[] arrivals = new int[n];
        int[][] helperAt = new int[n][count];
        int[][] previousAt = new int[n][count];
        int[] queueVertex = new int[n * count];
        int[] queueArrival = new int[n * count];
        int head = 0;
        int tail = 0;
        for (String helper : helpers.stream().sorted().toList()) {
            int h = index(helper);
            if (!blocked[h] && arrivals[h] == 0) {
                helperAt[h][0] = h;
                previousAt[h][0] = -1;
                arrivals[h] = 1;
                queueVertex[tail] = h;
                queueArrival[tail++] = 0;
            }
        }
        while (head < tail) {
            int v = queueVertex[head];
            int k = queueArrival[head++];
            int helper = helperAt[v][k];
            for (int w : neighbours[v]) {
                if (blocked[w] || arrivals[w] == count || alreadyArrived(helperAt[w], arrivals[w], helper)) {
                    continue;
                }
                int slot = arrivals[w]++;
                helperAt[w][slot] = helper;
                previousAt[w][slot] = v * count + k;
                queueVertex[tail] = w;
                queueArrival[tail++] = slot;
            }
        }
        var chains = new HashMap<String, List<List<String>>>();
        for (int v = 0; v < n; v++) {
            var toV = new ArrayList<List<String>>();
            for (int k = 0; k < arrivals[v]; k++) {
                var chain = new ArrayList<String>();
                for (int step = previousAt[v][k]; step >= 0; step = previousAt[step / count][step % count]) {
                    chain.add(ids.get(step / count));
                }
                if (!chain.isEmpty()) {
                    toV.add(chain.reversed());
                }
            }
            chains.put(ids.get(v), toV);
        }
        return chains;
    }

    private static boolean alreadyArrived(int[] helpers, int arrivals, int helper) {
        for (int i = 0; i < arrivals; i++) {
            if (helpers[i] == helper) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each person other than {@code root} whose loss would disconnect others from {@code root}, those
     * others; and the ties whose loss would. One depth-first walk (Hopcroft-Tarjan low points): a child's
     * subtree whose low point does not climb above its parent hangs from that parent alone, and a subtree is a
     * contiguous run of the pre-order, so listing it costs its size. O(V + E + the people listed).
     */
    Cuts cutsFrom(String root) {
        int n = ids.size();
        int[] discovered = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] next = new int[n];
        int[] preorder = new int[n];
        int[] stack = new int[n];
        Arrays.fill(discovered, -1);
        var cutOff = new LinkedHashMap<String, List<String>>();
        var bridges = new ArrayList<List<String>>();
        int time = 0;
        int top = 0;
        int r = index(root);
        discovered[r] = low[r] = time;
        preorder[time++] = r;
        parent[r] = -1;
        stack[top++] = r;
        while (top > 0) {
            int u = stack[top - 1];
            if (next[u] < neighbours[u].length) {
                int w = neighbours[u][next[u]++];
                if (discovered[w] < 0) {
                    parent[w] = u;
                    discovered[w] = low[w] = time;
                    preorder[time++] = w;
                    stack[top++] = w;
                } else if (w != parent[u]) {
                    low[u] = Math.min(low[u], discovered[w]);
                }
                continue;
            }
            top--;
            int p = parent[u];
            if (p < 0) {
                continue;
            }
            low[p] = Math.min(low[p], low[u]);
            if (low[u] > discovered[p]) {
                bridges.add(List.of(ids.get(p), ids.get(u)));
            }
            if (low[u] >= discovered[p] && p != r) {
                var hanging = cutOff.computeIfAbsent(ids.get(p), k -> new ArrayList<>());
                // u's subtree is pre-order positions discovered[u] .. time - 1: all found since u, and u is done.
                for (int i = discovered[u]; i < time; i++) {
                    hanging.add(ids.get(preorder[i]));
                }
            }
        }
        var reached = new ArrayList<String>();
        for (int i = 0; i < time; i++) {
            reached.add(ids.get(preorder[i]));
        }
        return new Cuts(cutOff, bridges, Set.copyOf(reached));
    }

    /**
     * Brandes' betweenness, normalised to 0..1 by the number of pairs that could route through a person.
     * O(S · (V + E)) for S sources: every person up to {@value #EXACT_BETWEENNESS_LIMIT} people, beyond that
     * that many sources spread evenly through the sorted ids, scaled up (Brandes and Pich's pivot estimate),
     * which keeps the ranking of the most central people while the cost stays linear.
     */
    Map<String, Double> betweenness() {
        int n = ids.size();
        double[] centrality = new double[n];
        if (n < 3) {
            return scores(centrality);
        }
        int sources = Math.min(n, EXACT_BETWEENNESS_LIMIT);
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        for (int k = 0; k < sources; k++) {
            int s = (int) ((long) k * n / sources);
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            int head = 0;
            int tail = 0;
            distance[s] = 0;
            paths[s] = 1;
            order[tail++] = s;
            while (head < tail) {
                int v = order[head++];
                for (int w : neighbours[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            // Walk back from the farthest: a person's dependency is the share of shortest paths through them.
            for (int i = tail - 1; i > 0; i--) {
                int w = order[i];
                for (int v : neighbours[w]) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                centrality[w] += dependency[w];
            }
        }
        // Each unordered pair was counted from both ends (when every person is a source); scale sampled runs.
        double scale = (double) n / sources / 2 / ((n - 1) * (n - 2) / 2.0);
        for (int i = 0; i < n; i++) {
            centrality[i] *= scale;
        }
        return scores(centrality);
    }

    private Map<String, Double> scores(double[] centrality) {
        var scores = new HashMap<String, Double>();
        for (int i = 0; i < ids.size(); i++) {
            scores.put(ids.get(i), centrality[i]);
        }
        return scores;
    }

    private int index(String id) {
        return Objects.requireNonNull(indexOf.get(id), () -> "not in the graph: " + id);
    }

    /** What one person or tie holds together, seen from the root. */
    record Cuts(Map<String, List<String>> cutOff, List<List<String>> bridges, Set<String> reachable) {
    }
}
