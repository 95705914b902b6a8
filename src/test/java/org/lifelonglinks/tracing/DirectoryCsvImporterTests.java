package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCsvImporterTests {

    private static final String HEADER = DirectoryCsvImporter.HEADER + "\n";
    private static NameTables tables;

    @TempDir
    Path dir;

    private TracingIndex index;
    private DirectoryCsvImporter importer;

    @BeforeAll
    static void loadTables() {
        tables = NameTables.loadDefault();
    }

    @BeforeEach
    void open() {
        index = TracingIndex.open(dir, tables);
        importer = new DirectoryCsvImporter(index);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void reportsBadCsvRowWithLineNumberAndKeepsGoodRows() {
        String csv = HEADER
                + "r1,Philippa,Ashcombe,,1980-05-02,,female,Leamington,CV32 4AB\n"
                + "r2,Quentin,Ashcombe,,1980-02-31,,male,,\n"
                + ",Rosalind,Ashcombe,,,,,,\n"
                + "r4,Sebastian,Ashcombe\n"
                + "r5,Tabitha,Ashcombe,Bellweather;Corran,,1962,f,Rugby,\n";

        DirectoryCsvImporter.ImportResult result = importer.importCsv("carers-2019", new StringReader(csv), n -> { });

        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(3);
        assertThat(result.errors()).containsExactly(
                new DirectoryCsvImporter.RowError(3, "bad date_of_birth '1980-02-31' (expected YYYY-MM-DD or DD/MM/YYYY)"),
                new DirectoryCsvImporter.RowError(4, "missing id"),
                new DirectoryCsvImporter.RowError(5, "expected 9 columns but found 3"));
        assertThat(index.search(TraceQuery.byName("Tabitha", "Corran")).getFirst().record())
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo("r5");
                    assertThat(r.directory()).isEqualTo("carers-2019");
                    assertThat(r.formerFamilyNames()).containsExactly("Bellweather", "Corran");
                    assertThat(r.birthYear()).isEqualTo(1962);
                });
    }

    @Test
    void acceptsYearsOfBirthFromTheYear1000AsTracesAndNetworkPeopleDo() {
        String csv = HEADER
                + "h1,Harold,Godwinson,,,1022,male,Hastings,\n"
                + "h2,Edith,Swanneck,,,1025,female,,\n"
                + "h3,Too,Early,,,999,,,\n";

        var result = importer.importCsv("history", new StringReader(csv), n -> { });

        assertThat(result.added()).isEqualTo(2);
        assertThat(result.errors()).containsExactly(
                new DirectoryCsvImporter.RowError(4, "birth_year 999 is out of range"));
        assertThat(index.search(TraceQuery.byName("Harold", "Godwinson")).getFirst().record().birthYear())
                .isEqualTo(1022);
    }

    @Test
    void readsQuotedFieldsWithCommasAndLineBreaks() {
        String csv = HEADER
                + "r1,\"Ursula, known as Ula\",\"O'Dowd\",,,,,\"Stratford-upon-Avon\",\n"
                + "r2,\"Vivian \"\"Viv\"\"\",\"Pell\nGrant\",,,,,,\n";

        DirectoryCsvImporter.ImportResult result = importer.importCsv("register", new StringReader(csv), n -> { });

        assertThat(result.errors()).isEmpty();
        assertThat(result.added()).isEqualTo(2);
        TraceRecord ursula = index.search(TraceQuery.byName("Ursula", "O'Dowd")).getFirst().record();
        assertThat(ursula.givenName()).isEqualTo("Ursula, known as Ula");
        assertThat(ursula.town()).isEqualTo("Stratford-upon-Avon");
        assertThat(index.search(TraceQuery.byName("Viv", "Pell")).getFirst().record().givenName())
                .isEqualTo("Vivian \"Viv\"");
    }

    @Test
    void replacesRecordsWithTheSameIdInTheSameDirectory() {
        String first = HEADER + "r1,Wendeline,Crask,,,,,,\nr2,Xanthe,Crask,,,,,,\n";
        String second = HEADER + "r1,Wendeline,Dunsford,,,,,,\nr3,Yolanda,Crask,,,,,,\nr3,Yolanda,Crask,,,1990,,,\n";
        importer.importCsv("register", new StringReader(first), n -> { });

        DirectoryCsvImporter.ImportResult result = importer.importCsv("register", new StringReader(second), n -> { });

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.replaced()).isEqualTo(2);
        assertThat(index.count()).isEqualTo(3);
        assertThat(index.search(TraceQuery.byName("Wendeline", null)).getFirst().record().familyName())
                .isEqualTo("Dunsford");
    }

    @Test
    void refusesAFileWithAWrongHeader() {
        String csv = "id,first,last\nr1,Zeb,Amory\n";

        assertThatThrownBy(() -> importer.importCsv("register", new StringReader(csv), n -> { }))
                .isInstanceOf(InvalidDirectoryCsvException.class)
                .hasMessageContaining("header must be " + DirectoryCsvImporter.HEADER);
        assertThatThrownBy(() -> importer.importCsv("register", new StringReader(""), n -> { }))
                .isInstanceOf(InvalidDirectoryCsvException.class);
        assertThat(index.count()).isZero();
    }

    @Test
    void unreadableFileLeavesTheIndexUntouched() {
        index.upsert(TraceRecord.directoryRecord("register", "r0", "Anselm", "Brightwell", null));
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 5_000; i++) {
            csv.append("r").append(i).append(",Anselm,Brightwell,,,,,,\n");
        }
        Reader failing = new FailingReader(new StringReader(csv.toString()), csv.length() - 100);

        assertThatThrownBy(() -> importer.importCsv("register", failing, n -> { }))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("nothing was imported");

        assertThat(index.count()).isEqualTo(1);
        assertThat(index.isHealthy()).isTrue();
    }

    @Test
    void reportsProgress() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 2_500; i++) {
            csv.append("r").append(i).append(",Bronwen,Carrow,,,,,,\n");
        }
        List<Long> progress = new ArrayList<>();

        importer.importCsv("register", new StringReader(csv.toString()), progress::add);

        assertThat(progress).containsExactly(1_000L, 2_000L, 2_500L);
    }

    /** Fails with an I/O error after a number of characters, like a file on a disk that goes away. */
    private static final class FailingReader extends Reader {
        private final Reader delegate;
        private long remaining;

        FailingReader(Reader delegate, long failAfter) {
            this.delegate = delegate;
            this.remaining = failAfter;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                throw new IOException("disk went away");
            }
            int read = delegate.read(buffer, offset, (int) Math.min(length, remaining));
            remaining -= Math.max(read, 0);
            return read;
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
