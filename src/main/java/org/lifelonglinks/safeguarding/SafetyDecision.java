package org.lifelonglinks.safeguarding;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded safety decision about one person in one young person's network. */
public record SafetyDecision(String id, SafetyDecisionKind decision, SafetyBasis basis, String conditions,
        String reason, String decidedBy, LocalDate decidedOn, LocalDate reviewOn, LocalDate expiresOn,
        Instant recordedAt) {

    public boolean expiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }
}
