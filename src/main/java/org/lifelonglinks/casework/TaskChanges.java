package org.lifelonglinks.casework;

import java.time.LocalDate;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.TextRules;

/**
 * A change to a written task: any of its fields, and {@code done} to mark it done (or not done again). Fields left
 * out are kept.
 */
public record TaskChanges(String what, LocalDate due, String assignedTo, String note, Boolean done) {

    TaskChanges checked() {
        String tidyWhat = TextRules.line("what", what, TextRules.LINE);
        if (what != null && tidyWhat == null) {
            throw new InvalidFieldException("what", "what must not be blank");
        }
        String worker = TextRules.line("assignedTo", assignedTo, TextRules.LINE);
        if (assignedTo != null && worker == null) {
            throw new InvalidFieldException("assignedTo", "assignedTo must not be blank");
        }
        return new TaskChanges(tidyWhat, due, worker, TextRules.note("note", note, TextRules.NOTE), done);
    }
}
