package org.lifelonglinks.privacy;

/** The body of {@code PUT /api/people/{id}/retention}: why they are no longer needed (null: they are) and the hold. */
record PersonRetentionRequest(NoRemainingPurpose noRemainingPurpose, Boolean legalHold) {
}
