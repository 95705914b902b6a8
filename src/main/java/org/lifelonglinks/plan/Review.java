package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.plan.ReviewRequest.CommitmentReview;
import org.lifelonglinks.plan.ReviewRequest.ReviewKind;

/** A recorded review; {@code planVersion} is the version reviewed (none for the referral review). */
public record Review(String id, ReviewKind kind, LocalDate date, int familyKnowledge,
        Boolean overnightStaysAtReferral, Integer planVersion, List<CommitmentReview> commitments, String note,
        String recordedBy) {
}
