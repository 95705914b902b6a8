package org.lifelonglinks.network;

/** The audit trail's words for what happens to networks. */
final class AuditActions {

    static final String YOUNG_PERSON_CREATED = "YOUNG_PERSON_CREATED";
    static final String YOUNG_PERSON_READ = "YOUNG_PERSON_READ";
    static final String YOUNG_PERSON_UPDATED = "YOUNG_PERSON_UPDATED";
    static final String YOUNG_PEOPLE_LISTED = "YOUNG_PEOPLE_LISTED";
    static final String WORKER_ASSIGNED = "WORKER_ASSIGNED";
    static final String WORKER_UNASSIGNED = "WORKER_UNASSIGNED";
    static final String NETWORK_READ = "NETWORK_READ";
    static final String PERSON_ADDED = "PERSON_ADDED";
    static final String PERSON_CONNECTED = "PERSON_CONNECTED";
    /** Someone asked, before adding a person, who already recorded might be the same person. */
    static final String DUPLICATES_CHECKED = "DUPLICATES_CHECKED";
    static final String CONNECTION_UPDATED = "CONNECTION_UPDATED";
    static final String PERSON_READ = "PERSON_READ";
    static final String PERSON_UPDATED = "PERSON_UPDATED";
    static final String KIN_RECORDED = "KIN_RECORDED";
    static final String CONTACT_DETAILS_READ = "CONTACT_DETAILS_READ";
    static final String CONTACT_DETAILS_UPDATED = "CONTACT_DETAILS_UPDATED";
    /** Someone asked for a record that exists but is not theirs to see. */
    static final String ACCESS_REFUSED = "ACCESS_REFUSED";

    private AuditActions() {
    }
}
