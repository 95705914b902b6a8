package org.lifelonglinks.tracing;

/** A directory CSV file that cannot be imported at all: missing or wrong header, or an empty file. */
public final class InvalidDirectoryCsvException extends RuntimeException {

    InvalidDirectoryCsvException(String message) {
        super(message);
    }
}
