package org.lifelonglinks.plan;

import org.lifelonglinks.system.FieldProblems;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * The follow-up 6 or 12 months after the Lifelong Links meeting: for each commitment of the current plan, whether
 * contact is still happening. Once per young person for each of the two.
 *
 * @param date defaults to today; not in the future, not before the meeting
 */
public record FollowUpRequest(FollowUpAt at, LocalDate date, List<Answer> commitments, String note) {

    /** Which follow-up: 6 or 12 months after the meeting. */
    public enum FollowUpAt {
        SIX_MONTHS(6), TWELVE_MONTHS(12);

        private final int months;

        FollowUpAt(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }
    }

    /** Whether contact under a commitment is still happening. */
    public enum StillHappening {
        YES, SOMETIMES, NO;

        /** YES and SOMETIMES: contact goes on, if less often than planned. */
        public boolean happening() {
            return this != NO;
        }
    }

    /** The answer for one commitment of the current plan. */
    public record Answer(String commitmentId, StillHappening happening, String note) {
    }

    FollowUpRequest checked(LocalDate today) {
        var problems = new FieldProblems();
        problems.required("at", at);
        LocalDate day = date == null ? today : problems.get(() -> Checks.notFuture("date", date, today));
        var answers = problems.check(Checks::list, "commitments", commitments);
        if (answers != null && answers.isEmpty()) {
            problems.missing("commitments");
        }
        var seen = new HashSet<String>();
        var tidy = new java.util.ArrayList<Answer>();
        for (int i = 0; answers != null && i < answers.size(); i++) {
            String field = "commitments[" + i + "]";
            var answer = answers.get(i);
            if (answer == null) {
                problems.missing(field);
                continue;
            }
            String id = problems.check(Checks::requiredText, field + ".commitmentId", answer.commitmentId());
            problems.required(field + ".happening", answer.happening());
            if (id != null && !seen.add(id)) {
                problems.invalid(field + ".commitmentId", "commitment " + id + " is answered twice");
            }
            String answerNote = problems.check(Checks::optionalText, field + ".note", answer.note());
            tidy.add(new Answer(id, answer.happening(), answerNote));
        }
        String tidyNote = problems.check(Checks::optionalText, "note", note);
        problems.throwIfAny();
        return new FollowUpRequest(at, day, List.copyOf(tidy), tidyNote);
    }
}
