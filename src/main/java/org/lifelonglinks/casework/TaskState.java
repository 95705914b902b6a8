package org.lifelonglinks.casework;

/** Where a task stands today, by the service's clock. */
public enum TaskState {
    /** Its due date has passed. */
    OVERDUE,
    /** Due today or within the due-soon days. */
    DUE,
    /** Due later than that. */
    UPCOMING,
    /** Marked done (hand-written tasks; a computed task disappears when the fact it waits for is recorded). */
    DONE;

    static TaskState of(java.time.LocalDate due, java.time.LocalDate today, int dueSoonDays) {
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return due.isAfter(today.plusDays(dueSoonDays)) ? UPCOMING : DUE;
    }
}
