package org.lifelonglinks.plan;

import org.lifelonglinks.system.FieldProblems;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The Lifelong Links meeting: when, the network people invited, and (once it has happened) who came.
 *
 * @param others people at the meeting who are not in the network, in words ("coordinator", "social worker")
 */
public record MeetingRequest(LocalDate date, List<String> invited, List<String> attended, List<String> others,
        String note) {

    MeetingRequest checked(LocalDate today) {
        var problems = new FieldProblems();
        problems.required("date", date);
        List<String> invitedList = problems.check(Checks::list, "invited", invited);
        List<String> attendedList = problems.check(Checks::list, "attended", attended);
        var invitedIds = invitedList == null ? List.<String>of() : List.copyOf(new LinkedHashSet<>(invitedList));
        var attendedIds = attendedList == null ? List.<String>of() : List.copyOf(new LinkedHashSet<>(attendedList));
        if (!attendedIds.isEmpty() && date != null && date.isAfter(today)) {
            problems.invalid("attended", "the meeting on " + date + " has not happened yet");
        }
        List<String> otherList = problems.check(Checks::list, "others", others);
        var otherWords = new java.util.ArrayList<String>();
        for (int i = 0; otherList != null && i < otherList.size(); i++) {
            String tidy = problems.check(Checks::requiredText, "others", otherList.get(i));
            if (tidy != null) {
                otherWords.add(tidy);
            }
        }
        String tidyNote = problems.check(Checks::optionalText, "note", note);
        problems.throwIfAny();
        return new MeetingRequest(date, invitedIds, attendedIds, List.copyOf(otherWords), tidyNote);
    }
}
