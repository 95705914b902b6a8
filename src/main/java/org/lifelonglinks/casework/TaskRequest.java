package org.lifelonglinks.casework;

import java.time.LocalDate;
import org.lifelonglinks.system.MissingFieldException;
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
        String tidyWhat = TextRules.line("what", what, TextRules.LINE);
        if (tidyWhat == null) {
            throw new MissingFieldException("what");
        }
        if (due == null) {
            throw new MissingFieldException("due");
        }
        String worker = TextRules.line("assignedTo", assignedTo, TextRules.LINE);
        return new TaskRequest(tidyWhat, due, worker == null ? writer : worker,
                TextRules.line("personId", personId, TextRules.LINE), TextRules.note("note", note, TextRules.NOTE));
    }
}
