package org.lifelonglinks.notifications;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notification as its worker reads it.
 *
 * @param text      the words, made when read from the records as they are now
 * @param link      where it leads in the service
 * @param due       a task's due date, for notifications about tasks
 * @param taskState a task's state when it was notified ({@code DUE}, {@code OVERDUE})
 * @param resolved  the task is done or no longer due, or a later notification replaced this one
 * @param readAt    when the worker marked it read, or null
 */
public record NotificationView(String id, NotificationKind kind, String text, String youngPersonId, String link,
        boolean urgent, LocalDate due, String taskState, Instant createdAt, Instant readAt, boolean resolved) {
}
