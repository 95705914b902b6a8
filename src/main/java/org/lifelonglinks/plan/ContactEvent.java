package org.lifelonglinks.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded contact, with the connection's status after it. */
public record ContactEvent(String id, String personId, LocalDate date, ContactKind kind, ContactOutcome outcome,
        String note, boolean direct, String recordedBy, Instant recordedAt, ConnectionStatus statusAfter) {
}
