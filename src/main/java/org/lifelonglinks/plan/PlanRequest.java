package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.lifelonglinks.system.InvalidFieldException;

/**
 * A new version of the plan agreed at (or since) the Lifelong Links meeting.
 *
 * @param agreedOn defaults to today
 * @param summary  a few plain words for the young person, printed at the top of the plan
 */
public record PlanRequest(LocalDate agreedOn, String summary, List<CommitmentRequest> commitments) {

    PlanRequest checked(LocalDate today) {
        LocalDate day = agreedOn == null ? today : Checks.notFuture("agreedOn", agreedOn, today);
        if (commitments == null || commitments.isEmpty()) {
            throw new org.lifelonglinks.system.MissingFieldException("commitments");
        }
        var checked = Checks.list("commitments", commitments).stream().map(CommitmentRequest::checked).toList();
        var seen = new HashSet<String>();
        for (var commitment : checked) {
            if (!seen.add(commitment.personId() + " " + commitment.activity())) {
                throw new InvalidFieldException("commitments", "the plan lists " + commitment.activity()
                        + " with the same person twice");
            }
        }
        return new PlanRequest(day, Checks.optionalText("summary", summary), checked);
    }

    /** One thing the plan commits to: an activity with one person, how often, from when. */
    public record CommitmentRequest(String personId, ContactKind activity, Frequency frequency, LocalDate startDate,
            String note) {

        CommitmentRequest checked() {
            Checks.requiredText("personId", personId);
            Checks.required("activity", activity);
            if (activity.tracing()) {
                throw new InvalidFieldException("activity", activity + " is a coordinator's tracing attempt; a plan "
                        + "commits to contact with the young person (CALL, MESSAGE, CARD_OR_LETTER, MEETING, "
                        + "FAMILY_EVENT, HOLIDAY, OVERNIGHT_STAY, WORK_EXPERIENCE)");
            }
            Checks.required("frequency", frequency);
            Checks.required("startDate", startDate);
            return new CommitmentRequest(personId, activity, frequency, startDate,
                    Checks.optionalText("note", note));
        }
    }
}
