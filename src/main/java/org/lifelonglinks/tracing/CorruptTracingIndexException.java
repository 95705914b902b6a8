package org.lifelonglinks.tracing;

import java.nio.file.Path;

/**
 * The tracing index on disk cannot be read (damaged or from an incompatible version). The index holds only derived
 * data: open it with {@link TracingIndex#openOrRecreate(Path, NameTables)} and refill it from the source records.
 */
public final class CorruptTracingIndexException extends RuntimeException {

    private final Path directory;

    CorruptTracingIndexException(Path directory, Throwable cause) {
        super("The tracing index in " + directory + " is unreadable and must be rebuilt: " + cause.getMessage(),
                cause);
        this.directory = directory;
    }

    /** Where the unreadable index is. */
    public Path directory() {
        return directory;
    }
}
