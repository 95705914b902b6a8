package org.lifelonglinks.security;

import java.util.Set;
import java.util.regex.Pattern;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.TextRules;

/**
 * A request to make an account.
 *
 * @param username      2 to 40 letters, digits, dots, dashes or underscores
 * @param password      at least 12 characters, at most 72 bytes in UTF-8
 * @param displayName   name shown in the service
 * @param roles         one or more roles; YOUNG_PERSON stands alone
 * @param youngPersonId required with, and only with, the YOUNG_PERSON role
 * @param email         optional: where a worker's notifications are e-mailed (never a young person's account)
 */
public record NewUser(String username, String password, String displayName, Set<Role> roles, String youngPersonId,
        String email) {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");

    public NewUser {
        if (username == null || username.isBlank()) {
            throw new MissingFieldException("username");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidFieldException("username",
                    "username must be 2 to 40 letters, digits, dots, dashes or underscores");
        }
        TextRules.password("password", password, UserAccountService.MIN_PASSWORD_LENGTH);
        displayName = TextRules.name("displayName", displayName);
        if (displayName == null) {
            throw new MissingFieldException("displayName");
        }
        if (roles == null || roles.isEmpty() || roles.contains(null)) {
            throw new MissingFieldException("roles");
        }
        roles = Set.copyOf(roles);
        boolean youngPerson = roles.contains(Role.YOUNG_PERSON);
        if (youngPerson && roles.size() > 1) {
            throw new InvalidFieldException("roles", "a YOUNG_PERSON account cannot hold other roles");
        }
        if (youngPerson && (youngPersonId == null || youngPersonId.isBlank())) {
            throw new MissingFieldException("youngPersonId");
        }
        if (!youngPerson && youngPersonId != null) {
            throw new InvalidFieldException("youngPersonId", "youngPersonId is only for YOUNG_PERSON accounts");
        }
        email = EmailAddresses.checked("email", email);
        if (youngPerson && email != null) {
            throw new InvalidFieldException("email", "email is for workers' notifications, not a young person's account");
        }
    }
}
