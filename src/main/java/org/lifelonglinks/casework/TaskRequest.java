package org.lifelonglinks.casework;

import java.time.LocalDate;
import org.lifelonglinks.system.FieldProblems;
import org.lifelonglinks.system.TextRules;

/**
 * A task a worker writes for a young person's work.
 *
 * @param what       what is to be done, in a line (required)
 * @param due        the due date (required)
 * @param assignedTo the worker who is to do it: a worker on the young person's caseload; the writer when absent
 * @param personId   the network person it is about, if any
 * @param note       more words, if needed
 */
public record TaskRequest(String what, LocalDate due, String assignedTo, String personId, String note) {

    TaskRequest checked(String writer) {
        var problems = new FieldProblems();
        String tidyWhat = problems.check(TaskRequest::line, "what", what);
        if (tidyWhat == null && problems.ok("what")) {
            problems.missing("what");
        }
        problems.required("due", due);
        String worker = problems.check(TaskRequest::line, "assignedTo", assignedTo);
        String tidyPerson = problems.check(TaskRequest::line, "personId", personId);
        String tidyNote = problems.check((f, v) -> TextRules.note(f, v, TextRules.NOTE), "note", note);
        problems.throwIfAny();
        return new TaskRequest(tidyWhat, due, worker == null ? writer : worker, tidyPerson, tidyNote);
    }

    private static String line(String field, String value) {
        return TextRules.line(field, value, TextRules.LINE);
    }
}
