package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
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

    PlanRequest checked(LocalDate today) {
        LocalDate day = agreedOn == null ? today : Checks.notFuture("agreedOn", agreedOn, today);
        if (commitments == null || commitments.isEmpty()) {
            throw new MissingFieldException("commitments");
        }
        var listed = Checks.list("commitments", commitments);
        var checked = new java.util.ArrayList<CommitmentRequest>();
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i) == null) {
                throw new MissingFieldException("commitments[" + i + "]");
            }
            checked.add(listed.get(i).checked("commitments[" + i + "]", day));
        }
        var seen = new HashSet<String>();
        for (var commitment : checked) {
            if (!seen.add(commitment.personId() + " " + commitment.activity())) {
                throw new InvalidFieldException("commitments", "the plan lists " + commitment.activity()
                        + " with the same person twice");
            }
        }
        return new PlanRequest(day, Checks.optionalText("summary", summary), List.copyOf(checked));
    }

    /**
     * One thing the plan commits to: an activity with one person, how often, from when; who keeps it going once the
     * coordinator steps back ({@code keeper}) and when it is next looked at ({@code nextLookOn}, not before the day
     * the plan is agreed). Problems name the field as {@code commitments[i].keeper}.
     */
    public record CommitmentRequest(String personId, ContactKind activity, Frequency frequency, LocalDate startDate,
            String note, KeeperRequest keeper, LocalDate nextLookOn) {

        CommitmentRequest checked(String at, LocalDate agreedOn) {
            Checks.requiredText("personId", personId);
            Checks.required("activity", activity);
            if (activity.tracing()) {
                throw new InvalidFieldException("activity", activity + " is a coordinator's tracing attempt; a plan "
                        + "commits to contact with the young person (CALL, MESSAGE, CARD_OR_LETTER, MEETING, "
                        + "FAMILY_EVENT, HOLIDAY, OVERNIGHT_STAY, WORK_EXPERIENCE)");
            }
            Checks.required("frequency", frequency);
            Checks.required("startDate", startDate);
            if (nextLookOn != null && nextLookOn.isBefore(agreedOn)) {
                throw new InvalidFieldException(at + ".nextLookOn", at + ".nextLookOn " + nextLookOn
                        + " is before the day the plan is agreed (" + agreedOn + ")");
            }
            return new CommitmentRequest(personId, activity, frequency, startDate,
                    Checks.optionalText("note", note), keeper == null ? null : keeper.checked(at + ".keeper"),
                    nextLookOn);
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
