package org.lifelonglinks.web;

import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;

/** The signed-in user as the page frame needs them: a name to show and which parts of the service to offer. */
record PageUser(String username, String displayName, boolean worker, boolean youngPerson, boolean reports,
        boolean admin, boolean coordinator, boolean socialWorker) {

    static PageUser of(CurrentUser user, String displayName) {
        return new PageUser(user.username(), displayName == null ? user.username() : displayName,
                user.isAdmin() || user.is(Role.COORDINATOR) || user.is(Role.SOCIAL_WORKER),
                user.is(Role.YOUNG_PERSON),
                user.isAdmin() || user.is(Role.MANAGER),
                user.isAdmin(), user.is(Role.COORDINATOR), user.is(Role.SOCIAL_WORKER));
    }

    /** Where this user starts after signing in. */
    String startPage() {
        if (youngPerson) {
            return "/me";
        }
        // A social worker's first work is the approvals waiting for them; a coordinator's, their caseload.
        if (socialWorker && !coordinator && !admin) {
            return "/approvals";
        }
        if (worker && !admin) {
            return "/caseload";
        }
        if (admin) {
            return "/admin/users";
        }
        return reports ? "/reports" : "/login";
    }
}
