package org.lifelonglinks.security;

import java.time.LocalDate;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;

/**
 * A request for an API token.
 *
 * @param name      what the token is for ("nightly directory import"), 1 to 60 characters
 * @param expiresOn the last day the token works; required, so no token lives for ever
 */
public record NewApiToken(String name, LocalDate expiresOn) {

    public NewApiToken {
        if (name == null || name.isBlank()) {
            throw new MissingFieldException("name");
        }
        name = name.strip();
        if (name.length() > 60) {
            throw new InvalidFieldException("name", "name must have at most 60 characters");
        }
        if (expiresOn == null) {
            throw new MissingFieldException("expiresOn");
        }
    }
}
