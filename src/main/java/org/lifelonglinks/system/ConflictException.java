package org.lifelonglinks.system;

/** A change that clashes with what is already recorded, such as a duplicate local case id. Answered with 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
