package org.lifelonglinks.security;

/** What a user does in the service; a user may hold several roles, except a young person, who holds only that. */
public enum Role {
    /** Accounts, roles, caseload assignment, the audit trail, imports. */
    ADMIN,
    /** Maps and works with the networks of the young people assigned to them. */
    COORDINATOR,
    /** Reads the networks of the young people assigned to them and approves safety decisions and plans. */
    SOCIAL_WORKER,
    /** Sees service-wide results only, never personal data. */
    MANAGER,
    /** A young person, who sees only their own record. */
    YOUNG_PERSON;

    String authority() {
        return "ROLE_" + name();
    }
}
