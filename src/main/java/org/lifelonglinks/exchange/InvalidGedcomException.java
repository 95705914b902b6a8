package org.lifelonglinks.exchange;

import org.lifelonglinks.system.BadRequestException;

/** A GEDCOM file the service cannot read: answered 400, naming the line and what is wrong with it. */
class InvalidGedcomException extends BadRequestException {

    private final int line;

    InvalidGedcomException(int line, String reason) {
        super("file", line > 0 ? "GEDCOM line " + line + ": " + reason : "GEDCOM file: " + reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
