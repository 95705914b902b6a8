package org.lifelonglinks.system;

/**
 * A record that does not exist, or that the current user may not see: both are answered the same way, 404, so
 * a response never tells whether someone else's record exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " was not found");
    }
}
