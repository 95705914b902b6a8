package org.lifelonglinks.privacy;

import java.time.Instant;

/**
 * The consent and lawful basis recorded for a young person's Lifelong Links work.
 *
 * @param youngPersonAgreed   the young person agreed to the work (and to people being traced and contacted)
 * @param parentalConsent     where the consent of those with parental responsibility stands
 * @param parentalConsentFrom who gave it (their role, e.g. "mother", "the local authority"), if anyone did
 * @param lawfulBasis         the Article 6 basis for the work
 * @param note                anything the worker needs to add
 * @param recordedBy          who recorded it
 * @param recordedAt          when
 * @param version             incremented by each change; a change based on an older one is refused (412)
 */
public record Consent(boolean youngPersonAgreed, ParentalConsent parentalConsent, String parentalConsentFrom,
        LawfulBasis lawfulBasis, String note, String recordedBy, Instant recordedAt, long version) {

    /** Tracing and contact may go ahead: the young person agreed, parental consent is given or not needed. */
    public boolean allowsWork() {
        return youngPersonAgreed && parentalConsent.allowsWork() && lawfulBasis != null;
    }
}
