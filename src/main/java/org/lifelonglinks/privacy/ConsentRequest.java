package org.lifelonglinks.privacy;

import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.TextRules;

/** The body of {@code PUT /api/young-people/{id}/consent}. */
record ConsentRequest(Boolean youngPersonAgreed, ParentalConsent parentalConsent, String parentalConsentFrom,
        LawfulBasis lawfulBasis, String note) {

    ConsentRequest checked() {
        if (youngPersonAgreed == null) {
            throw new MissingFieldException("youngPersonAgreed");
        }
        if (parentalConsent == null) {
            throw new MissingFieldException("parentalConsent");
        }
        if (lawfulBasis == null) {
            throw new MissingFieldException("lawfulBasis");
        }
        String from = TextRules.line("parentalConsentFrom", parentalConsentFrom, TextRules.LINE);
        if (parentalConsent == ParentalConsent.GIVEN && (from == null || from.isBlank())) {
            throw new MissingFieldException("parentalConsentFrom");
        }
        return new ConsentRequest(youngPersonAgreed, parentalConsent, from, lawfulBasis,
                TextRules.note("note", note, TextRules.NOTE));
    }
}
