package org.lifelonglinks.tracing;

/** A directory CSV file that cannot be imported at all: missing or wrong header, an empty file, or
 * bytes that are not UTF-8. */
public final class InvalidDirectoryCsvException extends RuntimeException {

    private final String field;

    InvalidDirectoryCsvException(String message) {
        this("header", message);
    }

    InvalidDirectoryCsvException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** What is wrong: the {@code header}, or the whole {@code file} (bytes that are not UTF-8). */
    public String field() {
        return field;
    }
}
