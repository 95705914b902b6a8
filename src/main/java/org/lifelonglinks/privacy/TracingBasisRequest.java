package org.lifelonglinks.privacy;

/** The body of {@code PUT /api/people/{id}/tracing-basis}. */
record TracingBasisRequest(LawfulBasis basis, String note) {
}
