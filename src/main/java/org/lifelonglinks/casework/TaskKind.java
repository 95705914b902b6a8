package org.lifelonglinks.casework;

/** What a task is about. Every kind but {@link #WRITTEN} is computed from the recorded facts on each read. */
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
    WRITTEN
}
