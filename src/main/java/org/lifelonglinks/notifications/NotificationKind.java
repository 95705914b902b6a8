package org.lifelonglinks.notifications;

/**
 * What a notification is about. Each kind has the words an e-mail may use: they name the kind of work only, never
 * a person, so a message read on a phone's lock screen or by someone else tells them nothing about anyone.
 */
public enum NotificationKind {
    /** Someone has been reached and first contact waits for the social worker's safety decision. */
    APPROVAL_REQUESTED("an approval is waiting", "approvals waiting"),
    /** A social worker recorded a safety decision (approved, with conditions, or do not contact): to coordinators. */
    SAFETY_DECISION_RECORDED("a safety decision was recorded", "safety decisions recorded"),
    /** A safety decision expires soon or has expired. */
    DECISION_EXPIRING("a safety decision is expiring", "safety decisions expiring"),
    /** A safety decision's review date is near or past. */
    SAFETY_REVIEW_DUE("a safety review is due", "safety reviews due"),
    /** A plan version waits for the social worker's approval. */
    PLAN_APPROVAL_REQUESTED("a plan is waiting for approval", "plans waiting for approval"),
    /** Any other task due or overdue: plan reviews, follow-ups, written tasks, and kinds added later. */
    TASK_DUE("a task is due", "tasks due");

    private final String one;
    private final String many;

    NotificationKind(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** "a task is due": for an e-mail's subject when it is about one thing. */
    String one() {
        return one;
    }

    /** "tasks due": after a count in an e-mail. */
    String many() {
        return many;
    }
}
