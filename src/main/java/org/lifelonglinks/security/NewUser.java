package org.lifelonglinks.security;

import java.util.Set;
import java.util.regex.Pattern;
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
        // Every problem at once (an empty form names each field), as the GOV.UK error summary shows them.
        var problems = new org.lifelonglinks.system.FieldProblems();
        if (username == null || username.isBlank()) {
            problems.missing("username");
        } else if (!USERNAME.matcher(username).matches()) {
            problems.invalid("username", "username must be 2 to 40 letters, digits, dots, dashes or underscores");
        }
        problems.run(() -> TextRules.password("password", password, UserAccountService.MIN_PASSWORD_LENGTH));
        displayName = problems.check(TextRules::name, "displayName", displayName);
        if (displayName == null && problems.ok("displayName")) {
            problems.missing("displayName");
        }
        boolean youngPerson = false;
        if (roles == null || roles.isEmpty() || roles.contains(null)) {
            problems.missing("roles");
        } else {
            roles = Set.copyOf(roles);
            youngPerson = roles.contains(Role.YOUNG_PERSON);
            if (youngPerson && roles.size() > 1) {
                problems.invalid("roles", "a YOUNG_PERSON account cannot hold other roles");
            }
        }
        if (youngPerson && (youngPersonId == null || youngPersonId.isBlank())) {
            problems.missing("youngPersonId");
        }
        if (!youngPerson && youngPersonId != null && roles != null && !roles.isEmpty()) {
            problems.invalid("youngPersonId", "youngPersonId is only for YOUNG_PERSON accounts");
        }
        email = problems.check(EmailAddresses::checked, "email", email);
        if (youngPerson && email != null) {
            problems.invalid("email", "email is for workers' notifications, not a young person's account");
        }
        problems.throwIfAny();
    }
}
