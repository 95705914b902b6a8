package org.lifelonglinks.tracing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import org.lifelonglinks.system.TextRules;

/**
 * Imports a directory (a previous carers' register, a council's case-management export) from CSV into the tracing
 * index, adding records or replacing those with the same id in the same directory.
 *
 * <p>The header must be exactly {@value #HEADER}. Former family names are separated by {@code ;}; any column may be
 * empty; quoted fields may hold commas. Dates are {@code YYYY-MM-DD} or {@code DD/MM/YYYY}. A bad row is rejected
 * with its line number and reason and the good rows are kept. Records of the directory that the file does not
 * mention are kept. Streams the file, holding only the ids seen so far in memory; tens of thousands of rows a
 * second.
 *
 * <p>Made with {@link #DirectoryCsvImporter(TracingIndex)} the whole file is committed to the index at once, so
 * searches see all of it or, if reading fails part-way, none of it. The service instead stores the records in the
 * graph in batches of {@value #BATCH} (each batch is searchable when the next starts, and other writers get the
 * index between batches); an import is idempotent by directory and record id, so running it again after a
 * failure or a restart finishes it.
 */
public final class DirectoryCsvImporter {

    /** The required header. */
    public static final String HEADER =
            "id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    /** How many row errors are kept in the result; the rest are only counted. */
    static final int MAX_ERRORS_KEPT = 1_000;
    private static final int PROGRESS_EVERY = 1_000;
    /** No column of a directory holds more; a longer value is a broken row, not a name. */
    static final int MAX_FIELD = 1_000;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

    /** Rows stored per batch when the records go to the graph. */
    static final int BATCH = 1_000;

    private final Target target;

    /** An importer that writes straight into {@code index}, each file in one commit. */
    public DirectoryCsvImporter(TracingIndex index) {
        Objects.requireNonNull(index, "index");
        this.target = new Target() {
            @Override
            public <T> T run(java.util.function.Function<BatchWriter, T> work) {
                return index.transaction(staging -> work.apply((directory, batch) -> {
                    Set<String> existed = new HashSet<>();
                    for (TraceRecord record : batch) {
                        if (staging.existedBefore(record)) {
                            existed.add(record.id());
                        }
                        staging.stage(record);
                    }
                    return existed;
                }));
            }

            @Override
            public boolean batched() {
                return false;
            }
        };
    }

    /** An importer that hands each batch of valid records to {@code writer}, which stores them durably. */
    DirectoryCsvImporter(BatchWriter writer) {
        Objects.requireNonNull(writer, "writer");
        this.target = new Target() {
            @Override
            public <T> T run(java.util.function.Function<BatchWriter, T> work) {
                return work.apply(writer);
            }

            @Override
            public boolean batched() {
                return true;
            }
        };
    }

    /** Stores one batch of valid records of a directory. */
    @FunctionalInterface
    interface BatchWriter {

        /** Adds or replaces the records (distinct ids); returns the ids that were recorded before. */
        Set<String> write(String directory, List<TraceRecord> batch);
    }

    /** Where an import goes: the index in one commit, or a batch writer. */
    private interface Target {
        <T> T run(java.util.function.Function<BatchWriter, T> work);

        boolean batched();
    }

    /**
     * What an import did.
     *
     * @param directory the directory imported into
     * @param rowsRead  data rows read (not counting the header)
     * @param added     records new to the index
     * @param replaced  records that replaced one with the same id (already indexed, or earlier in the file)
     * @param rejected  rows refused; see {@code errors}
     * @param errors    the first {@value #MAX_ERRORS_KEPT} refused rows with their line numbers and reasons
     * @param cleaned   the first {@value #MAX_ERRORS_KEPT} rows kept after characters no name may hold (control
     *                  characters, non-characters) were removed, with what was removed from which column
     */
    public record ImportResult(String directory, long rowsRead, long added, long replaced, long rejected,
                               List<RowError> errors, List<RowError> cleaned) {

        public ImportResult {
            errors = List.copyOf(errors);
            cleaned = List.copyOf(cleaned);
        }
    }

    /**
     * A refused row.
     *
     * @param line   the line of the file the row starts on (the header is line 1)
     * @param reason why, in plain words
     */
    public record RowError(long line, String reason) {
    }

    /** Imports a UTF-8 file. {@code progress} receives the number of rows read so far, now and then. */
    public ImportResult importFile(String directory, Path file, LongConsumer progress) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importCsv(directory, reader, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.getFileName() + "; nothing was imported", e);
        }
    }

    /**
     * Imports CSV text. {@code progress} receives the number of rows read so far, now and then and at the end.
     *
     * @throws InvalidDirectoryCsvException if the header is missing or wrong; nothing is imported
     * @throws UncheckedIOException         if reading fails; nothing is imported
     */
    public ImportResult importCsv(String directory, Reader reader, LongConsumer progress) {
        if (directory == null || directory.isBlank()) {
            throw new IllegalArgumentException("directory must not be blank");
        }
        Objects.requireNonNull(progress, "progress");
        CsvRows rows = new CsvRows(reader instanceof BufferedReader ? reader : new BufferedReader(reader));
        try {
            checkHeader(rows.next());
        } catch (CharacterCodingException e) {
            // Read ahead in blocks: the bytes at fault may be a few lines below the header.
            throw new InvalidDirectoryCsvException("file",
                    "The CSV is not valid UTF-8 (invalid or overlong bytes) near its start; nothing was imported");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CSV header; nothing was imported", e);
        }
        return target.run(writer -> {
            Counts counts = new Counts();
            Set<String> seen = new HashSet<>();
            var batch = new java.util.LinkedHashMap<String, TraceRecord>();
            try {
                CsvRows.Row row;
                while ((row = rows.next()) != null) {
                    counts.read++;
                    try {
                        TraceRecord record = toRecord(directory, row, counts);
                        if (batch.containsKey(record.id()) || batch.size() == BATCH) {
                            // A batch holds each id once, so a later row of the file replaces an earlier one.
                            counts.write(writer, directory, batch);
                        }
                        if (!seen.add(record.id())) {
                            counts.repeated.add(record.id());
                        }
                        batch.put(record.id(), record);
                    } catch (RowException e) {
                        counts.reject(new RowError(row.line(), e.getMessage()));
                    }
                    if (counts.read % PROGRESS_EVERY == 0) {
                        progress.accept(counts.read);
                    }
                }
                counts.write(writer, directory, batch);
            } catch (CharacterCodingException e) {
                throw new InvalidDirectoryCsvException("file", "The CSV is not valid UTF-8 (invalid or overlong bytes) after "
                        + counts.read + " rows; " + counts.kept(target.batched()));
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the CSV failed after " + counts.read + " rows; "
                        + counts.kept(target.batched()), e);
            }
            progress.accept(counts.read);
            return new ImportResult(directory, counts.read, counts.added, counts.replaced, counts.rejected,
                    counts.errors, counts.cleaned);
        });
    }

    private static void checkHeader(CsvRows.Row header) {
        if (header == null) {
            throw new InvalidDirectoryCsvException("The CSV file is empty; expected the header " + HEADER);
        }
        List<String> found = new ArrayList<>();
        for (String name : header.fields()) {
            found.add(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
        }
        if (!found.equals(COLUMNS)) {
            throw new InvalidDirectoryCsvException("The CSV header must be " + HEADER + " but is "
                    + String.join(",", found));
        }
    }

    private static TraceRecord toRecord(String directory, CsvRows.Row row, Counts counts) {
        if (row.unterminatedQuote()) {
            throw new RowException("a quoted field is not closed");
        }
        List<String> f = row.fields();
        if (f.size() != COLUMNS.size()) {
            throw new RowException("expected " + COLUMNS.size() + " columns but found " + f.size());
        }
        for (int i = 0; i < f.size(); i++) {
            if (f.get(i).length() > MAX_FIELD) {
                throw new RowException(COLUMNS.get(i) + " is longer than " + MAX_FIELD + " characters");
            }
        }
        String id = f.get(0).strip();
        if (id.isEmpty()) {
            throw new RowException("missing id");
        }
        if (TextRules.problem(id, false) != null) {
            // An id is a key: cleaning it could make it another record's.
            throw new RowException("id contains " + TextRules.problem(id, false));
        }
        var clean = new CleanRow(row.line(), counts);
        String given = clean.name("given_name", f.get(1));
        String family = clean.name("family_name", f.get(2));
        List<String> formers = Arrays.stream(f.get(3).split(";"))
                .map(former -> clean.name("former_family_names", former))
                .filter(Objects::nonNull)
                .toList();
        if (given == null && family == null && formers.isEmpty()) {
            throw new RowException("no name: given_name, family_name and former_family_names hold no letters");
        }
        LocalDate dateOfBirth = date(f.get(4).strip());
        Integer birthYear = year(f.get(5).strip());
        if (dateOfBirth != null && birthYear != null && dateOfBirth.getYear() != birthYear) {
            throw new RowException("birth_year " + birthYear + " disagrees with date_of_birth " + dateOfBirth);
        }
        try {
            return new TraceRecord(TraceRecord.Kind.DIRECTORY_RECORD, id, directory, given, family, formers, null,
                    dateOfBirth, birthYear, clean.text("sex", f.get(6)), clean.text("town", f.get(7)),
                    clean.text("postcode", f.get(8)), false);
        } catch (IllegalArgumentException e) {
            // TraceRecord's own messages, in plain words.
            throw new RowException(e.getMessage());
        }
    }

    /** Tidies one row's text for an import that goes on: characters no name may hold are removed and noted. */
    private record CleanRow(long line, Counts counts) {

        String text(String column, String value) {
            String cleaned = TextRules.clean(value, false);
            if (!cleaned.equals(value)) {
                counts.clean(new RowError(line, column + ": removed " + TextRules.problem(value, false)));
            }
            return cleaned.isBlank() ? null : cleaned.strip().replaceAll("\\s+", " ");
        }

        /** A name, or null when it holds no letter (a "*" or "-" typed for "unknown"). */
        String name(String column, String value) {
            String tidy = text(column, value);
            if (tidy != null && tidy.length() > TextRules.NAME) {
                throw new RowException(column + " is longer than " + TextRules.NAME + " characters");
            }
            return TextRules.hasLetter(tidy) ? tidy : null;
        }
    }

    private static LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, UK_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowException("bad date_of_birth '" + value + "' (expected YYYY-MM-DD or DD/MM/YYYY)");
        }
    }

    private static Integer year(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value);
            // The same years a trace and a network person accept.
            if (year < TraceQuery.OLDEST_YEAR || year > TraceQuery.LATEST_YEAR) {
                throw new RowException("birth_year " + value + " is out of range");
            }
            return year;
        } catch (NumberFormatException e) {
            throw new RowException("bad birth_year '" + value + "'");
        }
    }

    private static final class Counts {
        long read;
        long added;
        long replaced;
        long rejected;
        long written;
        /** Ids in the current batch that came earlier in the file too. */
        final Set<String> repeated = new HashSet<>();
        final List<RowError> errors = new ArrayList<>();
        final List<RowError> cleaned = new ArrayList<>();

        void clean(RowError note) {
            if (cleaned.size() < MAX_ERRORS_KEPT) {
                cleaned.add(note);
            }
        }

        void write(BatchWriter writer, String directory, java.util.Map<String, TraceRecord> batch) {
            if (batch.isEmpty()) {
                return;
            }
            Set<String> existed = writer.write(directory, List.copyOf(batch.values()));
            // Replaced: recorded before the import, or earlier in this file (which one commit cannot yet see).
            for (String id : batch.keySet()) {
                if (existed.contains(id) || repeated.contains(id)) {
                    replaced++;
                } else {
                    added++;
                }
            }
            repeated.clear();
            written += batch.size();
            batch.clear();
        }

        /** What an import stopped part-way leaves behind, in words. */
        String kept(boolean batched) {
            return batched && written > 0
                    ? "the first " + written + " records were kept (importing the file again finishes it)"
                    : "nothing was imported";
        }

        void reject(RowError error) {
            rejected++;
            if (errors.size() < MAX_ERRORS_KEPT) {
                errors.add(error);
            }
        }
    }

    private static final class RowException extends RuntimeException {
        RowException(String message) {
            super(message, null, false, false);
        }
    }
}
