package org.lifelonglinks.privacy;

/** What was recorded about telling a traced person (UK GDPR Article 14) and their answer. */
public enum NoticeKind {
    /** The privacy notice was given: what is held, why, from where, for how long, and their rights. */
    PRIVACY_NOTICE,
    /** The person objected to the processing (Article 21): no further tracing or contact. */
    OBJECTION
}
