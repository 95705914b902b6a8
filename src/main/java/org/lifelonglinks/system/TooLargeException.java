package org.lifelonglinks.system;

/** Content larger than the configured limit (413); names the field at fault. */
public class TooLargeException extends RuntimeException {

    private final String field;

    public TooLargeException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
