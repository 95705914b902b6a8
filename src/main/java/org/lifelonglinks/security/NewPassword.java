package org.lifelonglinks.security;

import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;

/**
 * A password an administrator sets for an account (when its owner has forgotten theirs).
 *
 * @param password at least 12 characters, as for a new account
 */
public record NewPassword(String password) {

    public NewPassword {
        if (password == null || password.isEmpty()) {
            throw new MissingFieldException("password");
        }
        if (password.length() < UserAccountService.MIN_PASSWORD_LENGTH) {
            throw new InvalidFieldException("password",
                    "password must have at least " + UserAccountService.MIN_PASSWORD_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        // Never in a log.
        return "NewPassword[hidden]";
    }
}
