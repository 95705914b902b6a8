package org.lifelonglinks.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a case note. Corrections never change a version: they add the next one, and every version stays
 * readable ({@code history}).
 *
 * @param version  1 for the note as first written; also its ETag
 * @param about    the network people it is about
 * @param author   who wrote this version
 * @param recordedAt when this version was written
 * @param history  every version, oldest first (only when one note is read; empty in lists)
 */
public record CaseNote(String id, int version, LocalDate date, String text, List<About> about,
        boolean shareWithYoungPerson, String author, Instant recordedAt, List<CaseNote> history) {

    /** A person the note is about, by the name workers know them by. */
    public record About(String personId, String name) {
    }

    CaseNote withHistory(List<CaseNote> versions) {
        return new CaseNote(id, version, date, text, about, shareWithYoungPerson, author, recordedAt, versions);
    }
}
