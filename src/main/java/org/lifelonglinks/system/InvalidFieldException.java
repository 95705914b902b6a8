package org.lifelonglinks.system;

/**
 * A request that is well formed but breaks a rule about one field, such as a date of birth in the future or a
 * kinship cycle. Answered with 422 and the field's name.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
