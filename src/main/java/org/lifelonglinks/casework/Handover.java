package org.lifelonglinks.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded handover of a case from one coordinator to another.
 *
 * @param tasksMoved the open written tasks of the old coordinator on this young person, now the new one's
 */
public record Handover(String id, String from, String fromName, String to, String toName, LocalDate on,
        String note, String by, int tasksMoved, Instant at) {
}
