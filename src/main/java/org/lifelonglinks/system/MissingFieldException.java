package org.lifelonglinks.system;

/** A required field is absent or blank. Answered with 400 and the field's name. */
public class MissingFieldException extends InvalidFieldException {

    public MissingFieldException(String field) {
        super(field, field + " is required");
    }
}
