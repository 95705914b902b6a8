package org.lifelonglinks.plan;

import org.lifelonglinks.system.FieldProblems;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

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
        var problems = new FieldProblems();
        var reviewKind = kind == null ? ReviewKind.PLAN_REVIEW : kind;
        if (problems.required("familyKnowledge", familyKnowledge) != null
                && (familyKnowledge < 1 || familyKnowledge > 5)) {
            problems.invalid("familyKnowledge", "familyKnowledge is a rating from 1 to 5");
        }
        List<CommitmentReview> listed = problems.check(Checks::list, "commitments", commitments);
        var reviewed = listed == null ? List.<CommitmentReview>of() : listed;
        LocalDate day;
        if (reviewKind == ReviewKind.REFERRAL) {
            if (!reviewed.isEmpty()) {
                problems.invalid("commitments", "the referral review comes before any plan");
            }
            day = date == null ? (referralDate == null ? today : referralDate) : date;
        } else {
            if (overnightStaysAtReferral != null) {
                problems.invalid("overnightStaysAtReferral", "overnightStaysAtReferral belongs to the REFERRAL review");
            }
            day = date == null ? today : date;
        }
        problems.run(() -> Checks.notFuture("date", day, today));
        var seen = new HashSet<String>();
        var tidy = new java.util.ArrayList<CommitmentReview>();
        for (int i = 0; i < reviewed.size(); i++) {
            String at = "commitments[" + i + "]";
            var review = reviewed.get(i);
            if (review == null) {
                problems.missing(at);
                continue;
            }
            String id = problems.check(Checks::requiredText, at + ".commitmentId", review.commitmentId());
            problems.required(at + ".happening", review.happening());
            if (id != null && !seen.add(id)) {
                problems.invalid(at + ".commitmentId", "commitment " + id + " is reviewed twice");
            }
            tidy.add(new CommitmentReview(review.commitmentId(), review.happening(),
                    problems.check(Checks::optionalText, at + ".note", review.note())));
        }
        String tidyNote = problems.check(Checks::optionalText, "note", note);
        problems.throwIfAny();
        return new ReviewRequest(reviewKind, day, familyKnowledge,
                reviewKind == ReviewKind.REFERRAL ? Boolean.TRUE.equals(overnightStaysAtReferral) : null,
                List.copyOf(tidy), tidyNote);
    }
}
