package org.lifelonglinks.casework;

import java.time.LocalDate;

/** A note shared with the young person, as their own page shows it: the day and the words, nothing else. */
public record SharedNote(LocalDate date, String text) {
}
