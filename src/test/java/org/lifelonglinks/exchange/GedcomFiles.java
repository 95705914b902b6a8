package org.lifelonglinks.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The GEDCOM files copied into the test resources (sources and licences beside them). */
final class GedcomFiles {

    private GedcomFiles() {
    }

    static Path root() {
        try {
            return Path.of(GedcomFiles.class.getResource("/gedcom").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> all() {
        try (var files = Files.walk(root())) {
            return files.filter(f -> f.toString().endsWith(".ged")).map(f -> root().relativize(f).toString())
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String name) {
        try {
            return Files.newInputStream(root().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FamilyTree tree(String name) {
        try (var in = open(name)) {
            return FamilyTree.of(GedcomReader.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
