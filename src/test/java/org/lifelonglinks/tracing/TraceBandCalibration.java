package org.lifelonglinks.tracing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures how often a trace candidate is the right person at each score, on the four evaluation data sets (FEBRL 1,
 * 2, 3 and fake_1000: every duplicate is a query with exactly one right answer among the originals), and so sets
 * the bands the trace page shows: the lowest score at which candidates were the right person at least 95% of the
 * time ("likely") and at least 50% ("possible"). It prints the precision of each band at the configured thresholds
 * ({@link TraceBands#DEFAULT}) beside the thresholds the data would choose. Run with
 * {@code ./mvnw -B -Ptracing-eval test-compile exec:exec -Dtracing.eval.main=org.lifelonglinks.tracing.TraceBandCalibration}.
 */
public final class TraceBandCalibration {

    private static final int LIMIT = 10;

    private TraceBandCalibration() {
    }

    /** One candidate shown for a query, and whether it was the person searched for. */
    record Shown(double score, boolean right) {
    }

    public static void main(String[] args) throws IOException {
        NameTables tables = NameTables.loadDefault();
        List<Shown> shown = new ArrayList<>();
        int queries = 0;
        for (LinkageData.DataSet data : List.of(LinkageData.febrl(1), LinkageData.febrl(2), LinkageData.febrl(3),
                LinkageData.fake1000())) {
            queries += collect(data, tables, shown);
        }
        System.out.printf(Locale.ROOT, "%d queries, %d candidates shown (top %d each)%n%n", queries, shown.size(), LIMIT);
        System.out.println(bins(shown));
        System.out.printf(Locale.ROOT, "lowest score with 95%% precision at or above it: %.1f%n%n",
                threshold(shown, 0.95));
        System.out.println(bands(shown, TraceBands.DEFAULT));
        for (double possible : new double[] {8, 10, 14}) {
            System.out.println(bands(shown, new TraceBands(TraceBands.DEFAULT.likely(), possible)));
        }
    }

    private static int collect(LinkageData.DataSet data, NameTables tables, List<Shown> shown) throws IOException {
        Path dir = Files.createTempDirectory("trace-bands");
        int queries = 0;
        try (TracingIndex index = TracingIndex.open(dir, tables, TracingRules.ALL)) {
            index.upsertAll(data.originals().stream().map(r -> r.toRecord("eval")));
            for (LinkageData.Row probe : data.probes()) {
                TraceQuery query = probe.toQuery();
                if (query == null) {
                    continue;
                }
                queries++;
                for (TraceCandidate c : index.search(query.withLimit(LIMIT))) {
                    shown.add(new Shown(c.score(), c.record().id().equals(probe.entity())));
                }
            }
        } finally {
            TracingEvaluation.deleteTree(dir);
        }
        return queries;
    }

    /** Precision of the candidates at or above each whole score, from the top down. */
    static String bins(List<Shown> shown) {
        StringBuilder out = new StringBuilder("| score at least | candidates | right person | precision |\n"
                + "| ---: | ---: | ---: | ---: |\n");
        for (int t = 40; t >= -10; t -= 2) {
            final int at = t;
            long all = shown.stream().filter(s -> s.score() >= at).count();
            long right = shown.stream().filter(s -> s.score() >= at && s.right()).count();
            if (all > 0) {
                out.append(String.format(Locale.ROOT, "| %d | %d | %d | %.3f |%n", t, all, right, (double) right / all));
            }
        }
        return out.toString();
    }

    /** The lowest score (in steps of 0.5) at which the candidates at or above it reach the precision. */
    static double threshold(List<Shown> shown, double precision) {
        double best = Double.NaN;
        for (double t = 60; t >= -20; t -= 0.5) {
            final double at = t;
            long all = shown.stream().filter(s -> s.score() >= at).count();
            long right = shown.stream().filter(s -> s.score() >= at && s.right()).count();
            if (all > 0 && (double) right / all >= precision) {
                best = t;
            }
        }
        return best;
    }

    /** Each band's precision and size at the given thresholds: what docs/tracing.md reports. */
    static String bands(List<Shown> shown, TraceBands bands) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "bands at likely >= %.1f, possible >= %.1f%n| band | candidates | right person | precision | share of right answers |%n"
                        + "| --- | ---: | ---: | ---: | ---: |%n", bands.likely(), bands.possible()));
        long rightTotal = shown.stream().filter(Shown::right).count();
        for (TraceBands.Band band : TraceBands.Band.values()) {
            long all = shown.stream().filter(s -> bands.bandOf(s.score()) == band).count();
            long right = shown.stream().filter(s -> bands.bandOf(s.score()) == band && s.right()).count();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f |%n", band.name().toLowerCase(Locale.ROOT),
                    all, right, all == 0 ? 0 : (double) right / all, (double) right / rightTotal));
        }
        return out.toString();
    }
}
