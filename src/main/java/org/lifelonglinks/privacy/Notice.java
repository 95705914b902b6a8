package org.lifelonglinks.privacy;

import java.time.Instant;
import java.time.LocalDate;

/** A privacy notice given to a person, or their objection, as recorded. */
public record Notice(String id, NoticeKind kind, LocalDate on, NoticeMethod method, String note, String recordedBy,
        Instant recordedAt) {
}
