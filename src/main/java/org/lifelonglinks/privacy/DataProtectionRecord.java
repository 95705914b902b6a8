package org.lifelonglinks.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * What is recorded about one person's data: the basis for tracing them, the notices given and any objection, and
 * their retention (a date set by hand, a legal hold, why they are no longer needed), and an erasure asked for.
 */
public record DataProtectionRecord(String personId, TracingBasis tracingBasis, List<Notice> notices,
        LocalDate objectedOn, LocalDate retainUntil, boolean legalHold, NoRemainingPurpose noRemainingPurpose,
        LocalDate noRemainingPurposeSince, ErasureRequest erasureRequest) {

    public DataProtectionRecord {
        notices = List.copyOf(notices);
    }

    static DataProtectionRecord empty(String personId) {
        return new DataProtectionRecord(personId, null, List.of(), null, null, false, null, null, null);
    }
}
