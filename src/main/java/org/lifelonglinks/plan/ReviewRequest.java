package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.lifelonglinks.system.InvalidFieldException;

/**
 * A review. The first, at referral ({@code kind} REFERRAL), takes the young person's own rating of how much they
 * know about their family history and where they come from, and whether overnight stays were happening; later
 * reviews of the plan (PLAN_REVIEW) record for each commitment whether it is happening, and the rating again.
 *
 * @param familyKnowledge the young person's rating, 1 (very little) to 5 (a lot)
 * @param date            defaults to today for a plan review, to the referral date for the referral review
 */
public record ReviewRequest(ReviewKind kind, LocalDate date, Integer familyKnowledge,
        Boolean overnightStaysAtReferral, List<CommitmentReview> commitments, String note) {

    public enum ReviewKind { REFERRAL, PLAN_REVIEW }

    public enum Happening { YES, PARTLY, NO }

    /** Whether one commitment of the current plan is happening. */
    public record CommitmentReview(String commitmentId, Happening happening, String note) {
    }

    ReviewRequest checked(LocalDate today, LocalDate referralDate) {
        var reviewKind = kind == null ? ReviewKind.PLAN_REVIEW : kind;
        Checks.required("familyKnowledge", familyKnowledge);
        if (familyKnowledge < 1 || familyKnowledge > 5) {
            throw new InvalidFieldException("familyKnowledge", "familyKnowledge is a rating from 1 to 5");
        }
        var reviewed = Checks.list("commitments", commitments);
        LocalDate day;
        if (reviewKind == ReviewKind.REFERRAL) {
            if (!reviewed.isEmpty()) {
                throw new InvalidFieldException("commitments", "the referral review comes before any plan");
            }
            day = date == null ? (referralDate == null ? today : referralDate) : date;
        } else {
            if (overnightStaysAtReferral != null) {
                throw new InvalidFieldException("overnightStaysAtReferral",
                        "overnightStaysAtReferral belongs to the REFERRAL review");
            }
            day = date == null ? today : date;
        }
        Checks.notFuture("date", day, today);
        var seen = new HashSet<String>();
        for (var review : reviewed) {
            Checks.requiredText("commitmentId", review.commitmentId());
            Checks.required("happening", review.happening());
            if (!seen.add(review.commitmentId())) {
                throw new InvalidFieldException("commitments", "commitment " + review.commitmentId()
                        + " is reviewed twice");
            }
        }
        var tidy = reviewed.stream().map(r -> new CommitmentReview(r.commitmentId(), r.happening(),
                Checks.optionalText("note", r.note()))).toList();
        return new ReviewRequest(reviewKind, day, familyKnowledge,
                reviewKind == ReviewKind.REFERRAL ? Boolean.TRUE.equals(overnightStaysAtReferral) : null, tidy,
                Checks.optionalText("note", note));
    }
}
