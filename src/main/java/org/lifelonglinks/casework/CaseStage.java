package org.lifelonglinks.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The stage a young person's work has reached and since when, with every stage reached on the way.
 *
 * @param since the date of the fact that moved the work into {@code stage}
 * @param steps each stage reached, in the order of the process, with the date of the fact that reached it
 */
public record CaseStage(Stage stage, String words, LocalDate since, List<Step> steps) {

    /** One stage reached, and the date of the fact that reached it. */
    public record Step(Stage stage, String words, LocalDate on) {
    }
}
