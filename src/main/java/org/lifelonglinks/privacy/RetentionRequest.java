package org.lifelonglinks.privacy;

import java.time.LocalDate;

/** The body of {@code PUT /api/young-people/{id}/retention}: a date by hand (null: the default) and the hold. */
record RetentionRequest(LocalDate retainUntil, Boolean legalHold) {
}
