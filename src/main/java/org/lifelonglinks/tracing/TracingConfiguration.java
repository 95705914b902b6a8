package org.lifelonglinks.tracing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.lifelonglinks.system.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the search index beside the graph. An index that cannot be read, or whose checksums fail, is replaced by
 * an empty one, which {@link IndexChangeApplier} then refills from the graph (network people and directory
 * records both live there, so nothing is lost).
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TracingConfiguration.class);

    @Bean
    NameTables nameTables() {
        return NameTables.loadDefault();
    }

    @Bean(destroyMethod = "close")
    TracingIndex tracingIndex(TracingProperties properties, StorageProperties storage, NameTables tables) {
        Path dir = properties.indexDir() != null ? properties.indexDir() : storage.dataDir().resolve("tracing-index");
        return openVerified(dir, tables);
    }

    /** Directory imports go to the graph batch by batch; each batch is searchable before the next is read. */
    @Bean
    DirectoryCsvImporter directoryCsvImporter(DirectoryRecordRepository records, IndexChangeApplier applier) {
        return new DirectoryCsvImporter((directory, batch) -> {
            var existed = records.saveAll(directory, batch);
            applier.awaitLatest(IndexChangeApplier.REQUEST_WAIT);
            return existed;
        });
    }

    /** Opens the index in {@code dir}, starting afresh if it is damaged anywhere. */
    static TracingIndex openVerified(Path dir, NameTables tables) {
        try {
            var index = TracingIndex.open(dir, tables);
            // Reading every checksum costs about one read of the index: seconds even at a million records.
            if (index.verifyIntegrity()) {
                return index;
            }
            index.close();
        } catch (CorruptTracingIndexException e) {
            // falls through to a fresh index
        }
        log.warn("The tracing index in {} is damaged; starting a new one and refilling it from the graph.", dir);
        deleteFiles(dir);
        return TracingIndex.open(dir, tables);
    }

    private static void deleteFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the damaged tracing index in " + dir, e);
        }
    }
}
