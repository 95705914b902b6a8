package org.lifelonglinks.system;

import java.net.URI;

/** The stable {@code type} of every problem the API answers with; each is described in docs/api.md. */
public final class ProblemTypes {

    public static final URI MALFORMED_REQUEST = URI.create("/problems/malformed-request");
    public static final URI MISSING_FIELD = URI.create("/problems/missing-field");
    public static final URI INVALID_FIELD = URI.create("/problems/invalid-field");
    public static final URI NOT_FOUND = URI.create("/problems/not-found");
    public static final URI CONFLICT = URI.create("/problems/conflict");
    /** Refused while a do-not-contact decision stands. */
    public static final URI DO_NOT_CONTACT = URI.create("/problems/do-not-contact");
    /** Direct contact, a plan commitment or a meeting invitation without a safety approval on record. */
    public static final URI APPROVAL_REQUIRED = URI.create("/problems/approval-required");
    /** A connection's status cannot move from where it is to where the request would take it. */
    public static final URI IMPOSSIBLE_STATUS_MOVE = URI.create("/problems/impossible-status-move");
    /** A change based on a version of the record that someone else has since replaced (412). */
    public static final URI STALE_VERSION = URI.create("/problems/stale-version");
    /** An Idempotency-Key sent again with a different request (422). */
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create("/problems/idempotency-key-reused");
    /** An Idempotency-Key whose first request is still being answered (409). */
    public static final URI IDEMPOTENCY_KEY_IN_FLIGHT = URI.create("/problems/idempotency-key-in-flight");
    /** Tracing or contact for a young person whose agreement and lawful basis are not on record (409). */
    public static final URI CONSENT_REQUIRED = URI.create("/problems/consent-required");
    /** Contact with, or tracing of, a person who objected to the processing of their data (409). */
    public static final URI OBJECTION_RECORDED = URI.create("/problems/objection-recorded");
    /** Erasure of a record under a legal hold (409). */
    public static final URI LEGAL_HOLD = URI.create("/problems/legal-hold");
    /** An upload whose content is not of a kind the service keeps, whatever its name says (415). */
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("/problems/unsupported-media-type");
    /** An upload over the configured size limit (413). */
    public static final URI TOO_LARGE = URI.create("/problems/too-large");
    public static final URI FORBIDDEN = URI.create("/problems/forbidden");
    public static final URI UNAUTHENTICATED = URI.create("/problems/unauthenticated");
    public static final URI SERVER_ERROR = URI.create("/problems/server-error");
    /** A background job that a restart of the service stopped and that could not be resumed. */
    public static final URI JOB_INTERRUPTED = URI.create("/problems/job-interrupted");

    private ProblemTypes() {
    }
}
