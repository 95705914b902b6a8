package org.lifelonglinks.casework;

/**
 * What a task is about. {@link #WRITTEN} and the {@code YOUNG_PERSON_…} kinds are stored (a worker wrote it, or the
 * young person's own page raised it: {@link CaseTasks}); every other kind is computed from the recorded facts on
 * each read. A kind that cannot wait (someone's safety now) is made with {@code (true)}: {@link #urgent()} marks its
 * tasks urgent wherever they are shown, the notification bell included.
 */
public enum TaskKind {
    /** A safety decision reaches (or has passed) its review date. For the social workers and coordinators. */
    SAFETY_REVIEW,
    /** A safety decision expires soon, or has expired and nothing has been decided since. */
    SAFETY_EXPIRY,
    /** Someone not in touch at referral has been reached, and first contact waits for a safety approval. */
    APPROVAL_NEEDED,
    /** The current plan version waits for the social worker's approval. For the social workers. */
    PLAN_APPROVAL,
    /** The plan is due for its regular review. */
    PLAN_REVIEW,
    /** The follow-up 6 months after the meeting: is contact still happening? Done when it is recorded. */
    FOLLOW_UP_6_MONTHS,
    /** The follow-up 12 months after the meeting. */
    FOLLOW_UP_12_MONTHS,
    /** A task a worker wrote. */
    WRITTEN,
    /** The young person told us about someone on their own page: accept or answer their suggestion. */
    YOUNG_PERSON_SUGGESTION,
    /** The young person sent their coordinator a message that has not been read yet. */
    YOUNG_PERSON_MESSAGE,
    /**
     * URGENT: the young person pressed "I don't feel safe". Raised for every coordinator and social worker of the
     * young person, due the same day.
     */
    YOUNG_PERSON_UNSAFE(true);

    private final boolean urgent;

    TaskKind() {
        this(false);
    }

    TaskKind(boolean urgent) {
        this.urgent = urgent;
    }

    /** Whether the task cannot wait: someone must act today. It is shown and notified before anything else. */
    public boolean urgent() {
        return urgent;
    }
}
