package org.lifelonglinks.system;

/** A request whose content cannot be read as what it should be, such as a CSV file with the wrong header. 400. */
public class BadRequestException extends InvalidFieldException {

    public BadRequestException(String field, String detail) {
        super(field, detail);
    }
}
