package org.lifelonglinks.tracing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Benchmarks the tracing index on synthetic UK directory records from a seeded generator: names drawn by their ONS
 * frequencies, plausible dates of birth, towns and postcodes, some former and double-barrelled surnames. Reports
 * build rate, single-thread query latency after warm-up, and throughput with two threads. Run with
 * {@code ./mvnw -B -Ptracing-bench test-compile exec:exec}; {@code -Dtracing.bench.records=100000} for a quick run.
 */
public final class TracingBenchmark {

    private static final long SEED = 20_261_123L;
    private static final int WARM_UP = 3_000;
    private static final String[][] TOWNS = {
            {"Coventry", "CV"}, {"Birmingham", "B"}, {"Leeds", "LS"}, {"Manchester", "M"}, {"Liverpool", "L"},
            {"Bristol", "BS"}, {"Sheffield", "S"}, {"Newcastle upon Tyne", "NE"}, {"Nottingham", "NG"},
            {"Leicester", "LE"}, {"Bradford", "BD"}, {"Hull", "HU"}, {"Stoke-on-Trent", "ST"}, {"Derby", "DE"},
            {"Southampton", "SO"}, {"Portsmouth", "PO"}, {"Plymouth", "PL"}, {"Reading", "RG"}, {"Norwich", "NR"},
            {"Luton", "LU"}, {"Northampton", "NN"}, {"Milton Keynes", "MK"}, {"Exeter", "EX"}, {"York", "YO"},
            {"Cambridge", "CB"}, {"Oxford", "OX"}, {"Ipswich", "IP"}, {"Peterborough", "PE"}, {"Swindon", "SN"},
            {"Wolverhampton", "WV"}, {"Sunderland", "SR"}, {"Middlesbrough", "TS"}, {"Blackpool", "FY"},
            {"Preston", "PR"}, {"Bolton", "BL"}, {"Wigan", "WN"}, {"Stockport", "SK"}, {"Oldham", "OL"},
            {"Huddersfield", "HD"}, {"Wakefield", "WF"}, {"Doncaster", "DN"}, {"Lincoln", "LN"},
            {"Gloucester", "GL"}, {"Worcester", "WR"}, {"Hereford", "HR"}, {"Shrewsbury", "SY"}, {"Telford", "TF"},
            {"Chelmsford", "CM"}, {"Colchester", "CO"}, {"Southend-on-Sea", "SS"}, {"Brighton", "BN"},
            {"Canterbury", "CT"}, {"Maidstone", "ME"}, {"Guildford", "GU"}, {"Croydon", "CR"}, {"Cardiff", "CF"},
            {"Swansea", "SA"}, {"Newport", "NP"}, {"Carlisle", "CA"}, {"Lancaster", "LA"}, {"Truro", "TR"}};
    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private TracingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("tracing.bench.records", 1_000_000);
        int queries = Integer.getInteger("tracing.bench.queries", 20_000);
        // "before" measures the matching rules as they were before issue 19 point 4, to compare costs.
        TracingRules rules = "before".equals(System.getProperty("tracing.bench.rules", "all"))
                ? TracingRules.BEFORE_ISSUE_19 : TracingRules.ALL;
        NameTables tables = NameTables.loadDefault();
        Generator generator = new Generator(tables, new Random(SEED));
        double sampleShare = Math.min(1.0, (queries + WARM_UP) * 1.2 / records);
        List<TraceRecord> samples = new ArrayList<>();
        Random sampler = new Random(SEED + 1);
        Path dir = Files.createTempDirectory("tracing-bench");
        System.out.printf(Locale.ROOT,
                "tracing benchmark: %,d records, %,d queries, %d cores, max heap %d MB, rules %s%n",
                records, queries, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, rules == TracingRules.ALL ? "all" : "before issue 19");
        try (TracingIndex index = TracingIndex.open(dir, tables, rules)) {
            Iterator<TraceRecord> source = new Iterator<>() {
                int made;

                @Override
                public boolean hasNext() {
                    return made < records;
                }

                @Override
                public TraceRecord next() {
                    TraceRecord record = generator.record(made++);
                    if (sampler.nextDouble() < sampleShare) {
                        samples.add(record);
                    }
                    return record;
                }
            };
            long start = System.nanoTime();
            index.upsertAll(() -> source);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "build: %,d records in %.1f s = %,.0f records/s (generation included);"
                    + " index on disk %,d MB%n", index.count(), seconds, records / seconds, size(dir) >> 20);

            Random corruptor = new Random(SEED + 2);
            List<TraceQuery> work = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (TraceRecord record : samples) {
                work.add(generator.corruptedQuery(record, corruptor));
                expected.add(record.id());
            }
            int warm = Math.min(WARM_UP, work.size() / 4);
            for (int i = 0; i < warm; i++) {
                index.search(work.get(i));
            }
            int timed = Math.min(queries, work.size() - warm);
            long[] nanos = new long[timed];
            int top1 = 0;
            int top10 = 0;
            for (int i = 0; i < timed; i++) {
                TraceQuery query = work.get(warm + i);
                long t = System.nanoTime();
                List<TraceCandidate> found = index.search(query);
                nanos[i] = System.nanoTime() - t;
                for (int r = 0; r < found.size(); r++) {
                    if (found.get(r).record().id().equals(expected.get(warm + i))) {
                        top1 += r == 0 ? 1 : 0;
                        top10++;
                        break;
                    }
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "query, 1 thread: %,d queries after %,d warm-up: p50 %.2f ms, p95 %.2f ms,"
                            + " p99 %.2f ms, max %.2f ms; corrupted queries found first %.4f, in top 10 %.4f%n",
                    timed, warm, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[timed - 1] / 1e6,
                    (double) top1 / timed, (double) top10 / timed);

            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                AtomicInteger next = new AtomicInteger();
                long t = System.nanoTime();
                List<Future<?>> workers = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    workers.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < timed) {
                            index.search(work.get(warm + i));
                        }
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
                double wall = (System.nanoTime() - t) / 1e9;
                System.out.printf(Locale.ROOT, "query, 2 threads: %,d queries in %.1f s = %,.0f queries/s%n", timed,
                        wall, timed / wall);
            } finally {
                pool.shutdown();
            }
        } finally {
            TracingEvaluation.deleteTree(dir);
        }
    }

    private static double pct(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Seeded synthetic people, and queries made from them with the errors coordinators meet. */
    static final class Generator {
        private final Random random;
        private final String[] given;
        private final double[] givenCumulative;
        private final String[] surnames;
        private final double[] surnameCumulative;
        private final NameTables tables;

        Generator(NameTables tables, Random random) {
            this.tables = tables;
            this.random = random;
            Object[] g = cumulative(tables.givenFrequencies());
            given = (String[]) g[0];
            givenCumulative = (double[]) g[1];
            Object[] s = cumulative(tables.surnameFrequencies());
            surnames = (String[]) s[0];
            surnameCumulative = (double[]) s[1];
        }

        TraceRecord record(int n) {
            String givenName = NameNormaliser.display(pick(given, givenCumulative));
            String familyName = NameNormaliser.display(pick(surnames, surnameCumulative));
            if (random.nextDouble() < 0.03) {
                familyName = familyName + "-" + NameNormaliser.display(pick(surnames, surnameCumulative));
            }
            List<String> formers = random.nextDouble() < 0.12
                    ? List.of(NameNormaliser.display(pick(surnames, surnameCumulative))) : List.of();
            LocalDate dob = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 80));
            boolean yearOnly = random.nextDouble() < 0.05;
            String[] town = TOWNS[random.nextInt(TOWNS.length)];
            String postcode = town[1] + (1 + random.nextInt(20)) + " " + random.nextInt(10)
                    + LETTERS.charAt(random.nextInt(LETTERS.length())) + LETTERS.charAt(random.nextInt(LETTERS.length()));
            String sex = random.nextBoolean() ? "female" : "male";
            return new TraceRecord(TraceRecord.Kind.DIRECTORY_RECORD, "r" + n, "synthetic", givenName, familyName,
                    formers, null, yearOnly ? null : dob, yearOnly ? dob.getYear() : null, sex, town[0], postcode,
                    random.nextDouble() < 0.01);
        }

        TraceQuery corruptedQuery(TraceRecord r, Random rnd) {
            String givenName = r.givenName();
            String familyName = r.familyName();
            if (!r.formerFamilyNames().isEmpty() && rnd.nextDouble() < 0.5) {
                familyName = r.formerFamilyNames().getFirst();
            }
            double roll = rnd.nextDouble();
            if (roll < 0.2) {
                List<String> nicknames = List.copyOf(tables.givenNameVariants(givenName));
                if (!nicknames.isEmpty()) {
                    givenName = nicknames.get(rnd.nextInt(nicknames.size()));
                }
            } else if (roll < 0.4) {
                givenName = typo(givenName, rnd);
            }
            if (rnd.nextDouble() < 0.3) {
                familyName = typo(familyName, rnd);
            }
            if (rnd.nextDouble() < 0.05) {
                String swap = givenName;
                givenName = familyName;
                familyName = swap;
            }
            LocalDate dob = r.dateOfBirth();
            Integer year = null;
            Integer range = null;
            double dateRoll = rnd.nextDouble();
            if (dob == null || dateRoll < 0.2) {
                int estimate = (dob == null ? r.birthYear() : dob.getYear()) + rnd.nextInt(5) - 2;
                year = estimate;
                range = 2;
                dob = null;
            } else if (dateRoll < 0.3 && dob.getDayOfMonth() <= 12) {
                dob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
            } else if (dateRoll < 0.4) {
                dob = dob.plusDays(dob.getDayOfMonth() <= 20 ? 1 : -1);
            } else if (dateRoll < 0.5) {
                dob = null;
            }
            String town = rnd.nextDouble() < 0.5 ? r.town() : null;
            String postcode = null;
            double place = rnd.nextDouble();
            if (place < 0.3) {
                postcode = r.postcode();
            } else if (place < 0.6) {
                postcode = NameNormaliser.outwardCode(NameNormaliser.postcode(r.postcode()));
            }
            return new TraceQuery(givenName, familyName, dob, year, range, town, postcode, null, null);
        }

        private static String typo(String name, Random rnd) {
            if (name == null || name.length() < 4) {
                return name;
            }
            char[] c = name.toCharArray();
            int i = 1 + rnd.nextInt(c.length - 2);
            switch (rnd.nextInt(3)) {
                case 0 -> {
                    char t = c[i];
                    c[i] = c[i + 1];
                    c[i + 1] = t;
                }
                case 1 -> c[i] = (char) ('a' + rnd.nextInt(26));
                default -> {
                    return name.substring(0, i) + name.substring(i + 1);
                }
            }
            return new String(c);
        }

        private String pick(String[] names, double[] cumulative) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return names[i >= 0 ? i : Math.min(names.length - 1, -i - 1)];
        }

        private static Object[] cumulative(Map<String, Double> frequencies) {
            List<Map.Entry<String, Double>> entries = frequencies.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList();
            String[] names = new String[entries.size()];
            double[] cumulative = new double[entries.size()];
            double sum = 0;
            for (int i = 0; i < entries.size(); i++) {
                names[i] = entries.get(i).getKey();
                sum += entries.get(i).getValue();
                cumulative[i] = sum;
            }
            return new Object[] {names, cumulative};
        }
    }
}
