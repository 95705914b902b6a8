package org.lifelonglinks.system;

/** Content of a kind the service does not take (415), read from the content itself; names the field at fault. */
public class UnsupportedMediaException extends RuntimeException {

    private final String field;

    public UnsupportedMediaException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
