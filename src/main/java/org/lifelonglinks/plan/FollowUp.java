package org.lifelonglinks.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.plan.FollowUpRequest.FollowUpAt;
import org.lifelonglinks.plan.FollowUpRequest.StillHappening;

/**
 * A recorded follow-up: for each commitment of the plan version then current, whether contact is still happening.
 *
 * @param planVersion the plan version followed up
 */
public record FollowUp(String id, FollowUpAt at, LocalDate date, int planVersion, List<CommitmentAnswer> commitments,
        String note, String recordedBy, Instant recordedAt) {

    /** One commitment's answer, with what it was about (the person's name as workers know them, the activity). */
    public record CommitmentAnswer(String commitmentId, String personId, String name, ContactKind activity,
            StillHappening happening, String note) {
    }

    /** Whether contact is still happening under at least one commitment (YES or SOMETIMES). */
    public boolean contactStillHappening() {
        return commitments.stream().anyMatch(c -> c.happening().happening());
    }
}
