package org.lifelonglinks.system;

import java.net.URI;

/**
 * A change that clashes with what is already recorded, such as a duplicate local case id, or a rule about the
 * state of the work, such as contacting someone under a do-not-contact decision. Answered with 409.
 */
public class ConflictException extends RuntimeException {

    private final String field;
    private final URI type;
    private final String title;

    public ConflictException(String field, String detail) {
        this(ProblemTypes.CONFLICT, "Conflict", field, detail);
    }

    /** A conflict with its own problem type, so a client can tell, say, a safety refusal from a duplicate. */
    public ConflictException(URI type, String title, String field, String detail) {
        super(detail);
        this.field = field;
        this.type = type;
        this.title = title;
    }

    public String field() {
        return field;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }
}
