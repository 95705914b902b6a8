package org.lifelonglinks.tracing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The linkage benchmark data sets copied under {@code src/test/resources/linkage/}, read from the classpath: FEBRL
 * 1, 2 and 3 (originals {@code rec-N-org}, duplicates {@code rec-N-dup-K}) and Splink's fake_1000 (the first record
 * of each cluster is the original). Only the fields a coordinator would have are kept: names, date of birth,
 * suburb or town, postcode; never street address, social security number or email.
 */
final class LinkageData {

    /** One row as found: the ground-truth entity, and the fields a query may use, as text. */
    record Row(String rowId, String entity, String givenName, String familyName, String dobDigits, String town,
               String postcode) {

        TraceRecord toRecord(String directory) {
            LocalDate date = date();
            return new TraceRecord(TraceRecord.Kind.DIRECTORY_RECORD, entity, directory, givenName, familyName,
                    List.of(), null, date, date == null ? year() : null, null, town, postcode, false);
        }

        /** The query a coordinator would type; {@code null} if the row has no name at all. */
        TraceQuery toQuery() {
            if (NameNormaliser.tokens(givenName).isEmpty() && NameNormaliser.tokens(familyName).isEmpty()) {
                return null;
            }
            LocalDate date = date();
            // An impossible date still tells the year: a coordinator would type the year alone.
            Integer year = date == null ? year() : null;
            return new TraceQuery(givenName, familyName, date, year, null, town, postcode, null, null);
        }

        LocalDate date() {
            if (dobDigits == null || dobDigits.length() != 8) {
                return null;
            }
            try {
                return LocalDate.parse(dobDigits, DateTimeFormatter.BASIC_ISO_DATE);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        Integer year() {
            if (dobDigits == null || dobDigits.length() < 4) {
                return null;
            }
            try {
                int year = Integer.parseInt(dobDigits.substring(0, 4));
                return year >= 1850 && year <= 2100 ? year : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** Originals to index and duplicates to query with. */
    record DataSet(String name, List<Row> originals, List<Row> probes) {
    }

    private LinkageData() {
    }

    static DataSet febrl(int number) {
        List<Row> originals = new ArrayList<>();
        List<Row> probes = new ArrayList<>();
        List<String> lines = lines("linkage/febrl/dataset" + number + ".csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].trim();
            }
            String recId = f[0];
            String entity = recId.substring(0, recId.indexOf('-', 4));
            Row row = new Row(recId, entity, f[1], f[2], f[9], f[6], f[7]);
            (recId.endsWith("-org") ? originals : probes).add(row);
        }
        return new DataSet("FEBRL " + number, originals, probes);
    }

    static DataSet fake1000() {
        Map<String, List<Row>> clusters = new LinkedHashMap<>();
        List<String> lines = lines("linkage/splink-fake-1000/fake_1000.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String dob = f[3].replace("-", "");
            clusters.computeIfAbsent(f[6], k -> new ArrayList<>())
                    .add(new Row(f[0], "cluster-" + f[6], f[1], f[2], dob, f[4], null));
        }
        List<Row> originals = new ArrayList<>();
        List<Row> probes = new ArrayList<>();
        for (List<Row> cluster : clusters.values()) {
            cluster.sort((a, b) -> Integer.compare(Integer.parseInt(a.rowId()), Integer.parseInt(b.rowId())));
            originals.add(cluster.get(0));
            probes.addAll(cluster.subList(1, cluster.size()));
        }
        return new DataSet("fake_1000", originals, probes);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = LinkageData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
