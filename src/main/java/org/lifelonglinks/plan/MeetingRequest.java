package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.lifelonglinks.system.InvalidFieldException;

/**
 * The Lifelong Links meeting: when, the network people invited, and (once it has happened) who came.
 *
 * @param others people at the meeting who are not in the network, in words ("coordinator", "social worker")
 */
public record MeetingRequest(LocalDate date, List<String> invited, List<String> attended, List<String> others,
        String note) {

    MeetingRequest checked(LocalDate today) {
        Checks.required("date", date);
        var invitedIds = List.copyOf(new LinkedHashSet<>(Checks.list("invited", invited)));
        var attendedIds = List.copyOf(new LinkedHashSet<>(Checks.list("attended", attended)));
        if (!attendedIds.isEmpty() && date.isAfter(today)) {
            throw new InvalidFieldException("attended", "the meeting on " + date + " has not happened yet");
        }
        var otherWords = Checks.list("others", others).stream().map(o -> Checks.requiredText("others", o)).toList();
        return new MeetingRequest(date, invitedIds, attendedIds, otherWords, Checks.optionalText("note", note));
    }
}
