package org.lifelonglinks.security;

import java.util.Set;
import org.lifelonglinks.system.FieldProblems;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.TextRules;

/**
 * Changes to an account; a field left out stays as it is. The rules of {@link NewUser} hold: a display name is
 * not blank, there is at least one role, and YOUNG_PERSON stands alone. Rules that depend on the account and on
 * who is asking are checked by {@link UserAccountService#update}.
 *
 * @param displayName name shown in the service
 * @param roles       the account's roles, all of them (not added to what it has)
 * @param enabled     whether the account may sign in
 * @param email       where notifications are e-mailed; blank ({@code ""}) removes it
 */
public record UserChanges(String displayName, Set<Role> roles, Boolean enabled, String email) {

    public UserChanges {
        if (displayName == null && roles == null && enabled == null && email == null) {
            throw new InvalidFieldException(null, "Nothing to change: give displayName, roles, enabled or email");
        }
        // Every problem at once, as the administrator's form shows them.
        var problems = new FieldProblems();
        if (email != null) {
            String checked = problems.check(EmailAddresses::checked, "email", email);
            email = checked == null ? "" : checked;
        }
        if (displayName != null && displayName.isBlank()) {
            problems.missing("displayName");
            displayName = null;
        } else {
            displayName = problems.check(TextRules::name, "displayName", displayName);
        }
        if (roles != null) {
            if (roles.isEmpty() || roles.contains(null)) {
                problems.missing("roles");
            } else {
                roles = Set.copyOf(roles);
                if (roles.contains(Role.YOUNG_PERSON) && roles.size() > 1) {
                    problems.invalid("roles", "a YOUNG_PERSON account cannot hold other roles");
                }
            }
        }
        problems.throwIfAny();
    }
}
