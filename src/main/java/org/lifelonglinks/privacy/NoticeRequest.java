package org.lifelonglinks.privacy;

import java.time.LocalDate;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.TextRules;

/** The body of {@code POST /api/people/{id}/notices}. */
record NoticeRequest(NoticeKind kind, LocalDate on, NoticeMethod method, String note) {

    NoticeRequest checked(LocalDate today) {
        if (kind == null) {
            throw new MissingFieldException("kind");
        }
        if (on == null) {
            throw new MissingFieldException("on");
        }
        if (on.isAfter(today)) {
            throw new InvalidFieldException("on", "on " + on + " is in the future");
        }
        if (kind == NoticeKind.PRIVACY_NOTICE && method == null) {
            throw new MissingFieldException("method");
        }
        return new NoticeRequest(kind, on, method, TextRules.note("note", note, TextRules.NOTE));
    }
}
