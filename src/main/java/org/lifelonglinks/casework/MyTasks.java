package org.lifelonglinks.casework;

import java.util.List;

/**
 * A worker's tasks across their caseload, each list in due-date order.
 *
 * @param done written tasks marked done in the last 30 days, newest first
 */
public record MyTasks(List<Task> overdue, List<Task> due, List<Task> upcoming, List<Task> done) {
}
