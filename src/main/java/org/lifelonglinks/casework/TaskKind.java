package org.lifelonglinks.casework;

/**
 * What a task is about. Every kind but {@link #WRITTEN} is computed from the recorded facts on each read. A kind that
 * cannot wait (someone's safety now) is made with {@code (true)}: {@link #urgent()} marks its tasks urgent wherever
 * they are shown, the notification bell included.
 */
public enum TaskKind {
    /** A safety decision reaches (or has passed) its review date. For the social workers and coordinators. */
    SAFETY_REVIEW,
    /** A safety decision expires soon, or has expired and nothing has been decided since. */
    SAFETY_EXPIRY,
    /** Someone not in touch at referral has been reached, and first contact waits for a safety approval. */
    APPROVAL_NEEDED,
    /** The plan is due for its regular review. */
    PLAN_REVIEW,
    /** The follow-up 6 months after the meeting: is contact still happening? */
    FOLLOW_UP_6_MONTHS,
    /** The follow-up 12 months after the meeting. */
    FOLLOW_UP_12_MONTHS,
    /** A task a worker wrote. */
    WRITTEN;

    private final boolean urgent;

    TaskKind() {
        this(false);
    }

    TaskKind(boolean urgent) {
        this.urgent = urgent;
    }

    /** Whether a task of this kind is urgent: it is shown and notified as such, before anything else. */
    public boolean urgent() {
        return urgent;
    }
}
