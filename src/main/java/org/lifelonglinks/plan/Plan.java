package org.lifelonglinks.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of a young person's plan. */
public record Plan(int version, LocalDate agreedOn, String summary, boolean current, String createdBy,
        Instant createdAt, List<Commitment> commitments) {

    /** A commitment in the plan, with the person's name as the young person knows them. */
    public record Commitment(String id, String personId, String name, String relationship, ContactKind activity,
            Frequency frequency, LocalDate startDate, String note) {
    }
}
