package org.lifelonglinks.tracing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures search quality and latency of the tracing engine against Neo4j's full-text index with fuzzy terms, on
 * FEBRL 1, 2, 3 and Splink's fake_1000: index the originals, query with every duplicate (names, date of birth,
 * town, postcode only) and see where the true original ranks. Duplicates without any name are left out for both
 * engines (a trace query needs a name) and counted in the output. The tracing engine runs twice on the same data in
 * the same JVM: with today's rules ({@link TracingRules#ALL}) and with the rules as they were before issue 19 point
 * 4 ({@link TracingRules#BEFORE_ISSUE_19}), so the table shows the new figures beside the old. Run with
 * {@code ./mvnw -B -Ptracing-eval test-compile exec:exec}; {@code -Dtracing.eval.sets=febrl1,fake1000} picks data
 * sets, {@code -Dtracing.eval.before=false} leaves out the old rules.
 */
public final class TracingEvaluation {

    private static final int LIMIT = 10;
    private static final int WARM_UP = 300;
    private static final boolean SHOW_MISSES = Boolean.getBoolean("tracing.eval.misses");
    static final String NEW_RULES = "tracing";
    static final String OLD_RULES = "tracing before issue 19";

    private TracingEvaluation() {
    }

    /**
     * One data set's figures: the tracing engine with today's rules, with the rules before issue 19 ({@code null}
     * if not run) and Neo4j full-text ({@code null} if not run).
     */
    record Result(String dataSet, int originals, int queries, int nameless, RankingMetrics tracing,
                  RankingMetrics before, RankingMetrics neo4j) {
    }

    public static void main(String[] args) throws IOException {
        String sets = System.getProperty("tracing.eval.sets", "febrl1,febrl2,febrl3,fake1000");
        boolean withBaseline = Boolean.parseBoolean(System.getProperty("tracing.eval.baseline", "true"));
        boolean withBefore = Boolean.parseBoolean(System.getProperty("tracing.eval.before", "true"));
        NameTables tables = NameTables.loadDefault();
        List<Result> results = new ArrayList<>();
        Neo4jFulltextBaseline baseline = withBaseline ? new Neo4jFulltextBaseline() : null;
        try {
            for (String set : sets.split(",")) {
                LinkageData.DataSet data = switch (set.trim()) {
                    case "febrl1" -> LinkageData.febrl(1);
                    case "febrl2" -> LinkageData.febrl(2);
                    case "febrl3" -> LinkageData.febrl(3);
                    case "fake1000" -> LinkageData.fake1000();
                    default -> throw new IllegalArgumentException("Unknown data set " + set);
                };
                results.add(evaluate(data, tables, baseline, withBefore));
                System.out.println("evaluated " + data.name());
            }
        } finally {
            if (baseline != null) {
                baseline.close();
            }
        }
        System.out.println();
        System.out.println(table(results));
    }

    static Result evaluate(LinkageData.DataSet data, NameTables tables, Neo4jFulltextBaseline baseline)
            throws IOException {
        return evaluate(data, tables, baseline, false);
    }

    static Result evaluate(LinkageData.DataSet data, NameTables tables, Neo4jFulltextBaseline baseline,
                           boolean withBefore) throws IOException {
        int nameless = 0;
        for (LinkageData.Row probe : data.probes()) {
            nameless += probe.toQuery() == null ? 1 : 0;
        }
        List<LinkageData.Row> probes = data.probes().stream().filter(p -> p.toQuery() != null).toList();
        RankingMetrics before = withBefore ? rankAll(data, probes, tables, TracingRules.BEFORE_ISSUE_19, false)
                : null;
        RankingMetrics tracing = rankAll(data, probes, tables, TracingRules.ALL, SHOW_MISSES);
        RankingMetrics neo4j = null;
        if (baseline != null) {
            baseline.load(data.originals());
            for (int i = 0; i < Math.min(WARM_UP, data.probes().size()); i++) {
                baseline.search(data.probes().get(i), LIMIT);
            }
            neo4j = new RankingMetrics(probes.size());
            for (LinkageData.Row probe : probes) {
                long start = System.nanoTime();
                List<String> ids = baseline.search(probe, LIMIT);
                neo4j.add(ids.indexOf(probe.entity()) + 1, System.nanoTime() - start);
            }
        }
        return new Result(data.name(), data.originals().size(), probes.size(), nameless, tracing, before, neo4j);
    }

    /** Indexes the originals in a fresh index matching by {@code rules} and ranks every probe, after a warm-up. */
    private static RankingMetrics rankAll(LinkageData.DataSet data, List<LinkageData.Row> probes, NameTables tables,
                                          TracingRules rules, boolean showMisses) throws IOException {
        Path dir = Files.createTempDirectory("tracing-eval");
        try (TracingIndex index = TracingIndex.open(dir, tables, rules)) {
            index.upsertAll(data.originals().stream().map(r -> r.toRecord("eval")));
            for (int i = 0; i < Math.min(WARM_UP, probes.size()); i++) {
                rankInTracing(index, probes.get(i));
            }
            RankingMetrics metrics = new RankingMetrics(probes.size());
            for (LinkageData.Row probe : probes) {
                long start = System.nanoTime();
                int rank = rankInTracing(index, probe);
                metrics.add(rank, System.nanoTime() - start);
                if (rank != 1 && showMisses) {
                    showMiss(index, probe, data);
                }
            }
            return metrics;
        } finally {
            deleteTree(dir);
        }
    }

    /** 1-based rank of the probe's original among the tracing results, 0 if absent or the probe has no name. */
    static int rankInTracing(TracingIndex index, LinkageData.Row probe) {
        TraceQuery query = probe.toQuery();
        if (query == null) {
            return 0;
        }
        List<TraceCandidate> found = index.search(query.withLimit(LIMIT));
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).record().id().equals(probe.entity())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Prints a query whose original did not come first, with what came first, for improving the scorer. */
    private static void showMiss(TracingIndex index, LinkageData.Row probe, LinkageData.DataSet data) {
        System.out.println("MISS " + probe);
        data.originals().stream().filter(o -> o.entity().equals(probe.entity())).findFirst()
                .ifPresent(o -> System.out.println("  want " + o));
        List<TraceCandidate> found = index.search(probe.toQuery().withLimit(10));
        for (TraceCandidate c : found.subList(0, Math.min(3, found.size()))) {
            System.out.printf(Locale.ROOT, "  got %.2f %s %s %s %s%n", c.score(), c.record().id(),
                    c.record().givenName(), c.record().familyName(), c.reasons());
        }
        found.stream().filter(c -> c.record().id().equals(probe.entity())).findFirst()
                .ifPresent(c -> System.out.printf(Locale.ROOT, "  true %.2f %s%n", c.score(), c.reasons()));
    }

    static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| data set | originals | queries | engine | recall@1 | recall@10 | MRR | p50 ms | p95 ms | p99 ms |\n");
        out.append("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            row(out, r, NEW_RULES, r.tracing());
            if (r.before() != null) {
                row(out, r, OLD_RULES, r.before());
            }
            if (r.neo4j() != null) {
                row(out, r, "Neo4j full-text fuzzy", r.neo4j());
            }
        }
        out.append('\n');
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%s: misses at rank 1: tracing %d", r.dataSet(),
                    r.tracing().missesAt(1)));
            if (r.before() != null) {
                out.append(String.format(Locale.ROOT, ", before issue 19 %d (new/old %s)", r.before().missesAt(1),
                        ratio(r.tracing().missesAt(1), r.before().missesAt(1))));
            }
            if (r.neo4j() != null) {
                out.append(String.format(Locale.ROOT, ", Neo4j %d (tracing/Neo4j %s", r.neo4j().missesAt(1),
                        ratio(r.tracing().missesAt(1), r.neo4j().missesAt(1))));
                if (r.before() != null) {
                    out.append(String.format(Locale.ROOT, "; before issue 19/Neo4j %s",
                            ratio(r.before().missesAt(1), r.neo4j().missesAt(1))));
                }
                out.append(String.format(Locale.ROOT, "); misses at 10: tracing %d, Neo4j %d; p50 latency"
                                + " tracing/Neo4j %.2fx", r.tracing().missesAt(10), r.neo4j().missesAt(10),
                        r.tracing().latencyMillis(50) / r.neo4j().latencyMillis(50)));
            }
            out.append(String.format(Locale.ROOT, "; %d duplicates without any name not queried%n", r.nameless()));
        }
        return out.toString();
    }

    private static String ratio(int misses, int others) {
        if (others == 0) {
            return misses == 0 ? "-" : "inf";
        }
        return String.format(Locale.ROOT, "%.2fx", (double) misses / others);
    }

    private static void row(StringBuilder out, Result r, String engine, RankingMetrics m) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.4f | %.4f | %.4f | %.2f | %.2f | %.2f |%n",
                r.dataSet(), r.originals(), r.queries(), engine, m.recallAt(1), m.recallAt(10),
                m.meanReciprocalRank(), m.latencyMillis(50), m.latencyMillis(95), m.latencyMillis(99)));
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
