package org.lifelonglinks.security;

import org.lifelonglinks.system.TextRules;

/**
 * A password an administrator sets for an account (when its owner has forgotten theirs).
 *
 * @param password at least 12 characters and at most 72 bytes in UTF-8 (all bcrypt reads), as for a new account
 */
public record NewPassword(String password) {

    public NewPassword {
        TextRules.password("password", password, UserAccountService.MIN_PASSWORD_LENGTH);
    }

    @Override
    public String toString() {
        // Never in a log.
        return "NewPassword[hidden]";
    }
}
