package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.lifelonglinks.system.FieldProblems;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.TextRules;

/**
 * A new version of the plan agreed at (or since) the Lifelong Links meeting.
 *
 * @param agreedOn defaults to today
 * @param summary  a few plain words for the young person, printed at the top of the plan
 */
public record PlanRequest(LocalDate agreedOn, String summary, List<CommitmentRequest> commitments) {

    /** The request checked, every problem at once; a commitment's problems are named {@code commitments[i].…}. */
    PlanRequest checked(LocalDate today) {
        var problems = new FieldProblems();
        LocalDate day = agreedOn == null ? today : problems.get(() -> Checks.notFuture("agreedOn", agreedOn, today));
        LocalDate from = day == null ? today : day;
        String tidySummary = problems.check(Checks::optionalText, "summary", summary);
        var checked = new java.util.ArrayList<CommitmentRequest>();
        if (commitments == null || commitments.isEmpty()) {
            problems.missing("commitments");
        } else {
            var listed = problems.check(Checks::list, "commitments", commitments);
            for (int i = 0; listed != null && i < listed.size(); i++) {
                String at = "commitments[" + i + "]";
                if (listed.get(i) == null) {
                    problems.missing(at);
                    continue;
                }
                var commitment = listed.get(i);
                var tidy = problems.get(() -> commitment.checked(at, from));
                if (tidy != null) {
                    checked.add(tidy);
                }
            }
        }
        var seen = new HashSet<String>();
        for (var commitment : checked) {
            if (!seen.add(commitment.personId() + " " + commitment.activity())) {
                problems.invalid("commitments", "the plan lists " + commitment.activity()
                        + " with the same person twice");
            }
        }
        problems.throwIfAny();
        return new PlanRequest(day, tidySummary, List.copyOf(checked));
    }

    /**
     * One thing the plan commits to: an activity with one person, how often, from when; who keeps it going once the
     * coordinator steps back ({@code keeper}) and when it is next looked at ({@code nextLookOn}, not before the day
     * the plan is agreed). Problems name the field as {@code commitments[i].keeper}.
     */
    public record CommitmentRequest(String personId, ContactKind activity, Frequency frequency, LocalDate startDate,
            String note, KeeperRequest keeper, LocalDate nextLookOn) {

        CommitmentRequest checked(String at, LocalDate agreedOn) {
            var problems = new FieldProblems();
            problems.check(Checks::requiredText, at + ".personId", personId);
            problems.required(at + ".activity", activity);
            if (activity != null && activity.tracing()) {
                problems.invalid(at + ".activity", activity + " is a coordinator's tracing attempt; a plan "
                        + "commits to contact with the young person (CALL, MESSAGE, CARD_OR_LETTER, MEETING, "
                        + "FAMILY_EVENT, HOLIDAY, OVERNIGHT_STAY, WORK_EXPERIENCE)");
            }
            problems.required(at + ".frequency", frequency);
            problems.required(at + ".startDate", startDate);
            if (nextLookOn != null && nextLookOn.isBefore(agreedOn)) {
                problems.invalid(at + ".nextLookOn", at + ".nextLookOn " + nextLookOn
                        + " is before the day the plan is agreed (" + agreedOn + ")");
            }
            String tidyNote = problems.check(Checks::optionalText, at + ".note", note);
            var tidyKeeper = keeper == null ? null : problems.get(() -> keeper.checked(at + ".keeper"));
            problems.throwIfAny();
            return new CommitmentRequest(personId, activity, frequency, startDate, tidyNote, tidyKeeper, nextLookOn);
        }
    }

    /**
     * Who keeps a commitment going: someone in the network ({@code personId}), the young person, their carer or a
     * named role ({@code name}: "Jo Testcarer", "Independent reviewing officer").
     */
    public record KeeperRequest(KeeperKind kind, String personId, String name) {

        KeeperRequest checked(String at) {
            if (kind == null) {
                throw new MissingFieldException(at + ".kind");
            }
            return switch (kind) {
                case NETWORK_PERSON -> {
                    if (name != null) {
                        throw new InvalidFieldException(at + ".name", "a keeper from the network is named by "
                                + at + ".personId, not by name");
                    }
                    yield new KeeperRequest(kind, Checks.requiredText(at + ".personId", personId), null);
                }
                case YOUNG_PERSON -> {
                    if (personId != null || name != null) {
                        throw new InvalidFieldException(at, "a YOUNG_PERSON keeper takes neither personId nor name");
                    }
                    yield new KeeperRequest(kind, null, null);
                }
                case CARER, ROLE -> {
                    if (personId != null) {
                        throw new InvalidFieldException(at + ".personId", "a " + kind + " keeper is named by "
                                + at + ".name; someone in the network is a NETWORK_PERSON keeper");
                    }
                    String tidy = TextRules.name(at + ".name", name);
                    if (tidy == null) {
                        throw new MissingFieldException(at + ".name");
                    }
                    yield new KeeperRequest(kind, null, tidy);
                }
            };
        }
    }
}
