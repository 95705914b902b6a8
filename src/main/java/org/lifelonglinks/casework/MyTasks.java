package org.lifelonglinks.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A worker's tasks across their caseload, each list in due-date order.
 *
 * @param done      written tasks marked done in the last 30 days, newest first
 * @param handovers cases handed over to the worker in the last 30 days (the latest handover of each), newest first
 */
public record MyTasks(List<Task> overdue, List<Task> due, List<Task> upcoming, List<Task> done,
        List<HandedOver> handovers) {

    /** "Handed over to you by {fromName} on {on}", with the note. */
    public record HandedOver(String youngPersonId, String youngPersonName, String fromName, LocalDate on,
            String note) {
    }
}
