package org.lifelonglinks.casework;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.lifelonglinks.system.FieldProblems;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.TextRules;

/**
 * A case note, or a correction of one (a new version: the earlier text is kept).
 *
 * @param date                 the day the note is about; today when absent; not in the future
 * @param text                 the note (required, up to 2,000 characters, line breaks kept)
 * @param about                the network people it is about (ids), at most 50
 * @param shareWithYoungPerson shown on the young person's own page, unless it is about someone they may not see
 */
public record NoteRequest(LocalDate date, String text, List<String> about, Boolean shareWithYoungPerson) {

    NoteRequest checked(LocalDate today) {
        var problems = new FieldProblems();
        LocalDate day = date == null ? today : date;
        if (day.isAfter(today)) {
            problems.invalid("date", "date " + day + " is in the future");
        }
        String tidy = problems.check((f, v) -> TextRules.note(f, v, TextRules.NOTE), "text", text);
        if (tidy == null && problems.ok("text")) {
            problems.missing("text");
        }
        var people = problems.get(() -> TextRules.list("about", about, TextRules.LIST).stream()
                .map(id -> {
                    String tidyId = TextRules.line("about", id, TextRules.LINE);
                    if (tidyId == null) {
                        throw new InvalidFieldException("about", "about lists an empty person id");
                    }
                    return tidyId;
                }).toList());
        problems.throwIfAny();
        return new NoteRequest(day, tidy, List.copyOf(new LinkedHashSet<>(people)),
                shareWithYoungPerson != null && shareWithYoungPerson);
    }
}
