package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracingConfigurationTests {

    private static final NameTables TABLES = NameTables.loadDefault();

    @TempDir
    Path dir;

    @Test
    void aMissingIndexStartsEmptyAndAsksForARefill() {
        try (var index = TracingConfiguration.openVerified(dir.resolve("index"), TABLES)) {
            assertThat(index.rebuildRequired()).isTrue();
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void aHealthyIndexIsKept() {
        try (var index = TracingConfiguration.openVerified(dir, TABLES)) {
            index.upsert(TraceRecord.networkPerson("p1", "Ada", "Testlovel", null));
        }

        try (var index = TracingConfiguration.openVerified(dir, TABLES)) {
            assertThat(index.rebuildRequired()).isFalse();
            assertThat(index.count()).isEqualTo(1);
        }
    }

    @Test
    void aDamagedIndexIsReplacedAndAsksForARefill() throws Exception {
        try (var index = TracingConfiguration.openVerified(dir, TABLES)) {
            index.upsertAll(java.util.stream.IntStream.range(0, 200)
                    .mapToObj(i -> TraceRecord.networkPerson("p" + i, "Ada", "Testlovel" + i, null))
                    .toList());
        }
        Path largest;
        try (var files = Files.list(dir)) {
            largest = files.filter(f -> !f.getFileName().toString().startsWith("segments")
                            && !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        // Flip bytes in the middle of a data file: headers stay intact, only the checksum can tell.
        long middle = Files.size(largest) / 2;
        try (var channel = Files.newByteChannel(largest, StandardOpenOption.WRITE)) {
            channel.position(middle);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        }

        try (var index = TracingConfiguration.openVerified(dir, TABLES)) {
            assertThat(index.rebuildRequired()).isTrue();
            assertThat(index.count()).isZero();
        }
    }
}
