package org.lifelonglinks.system;

/**
 * The user's role never allows this action (for example a manager asking for personal data). Answered with 403.
 * For a particular record the user may not see, throw {@link NotFoundException} instead.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
