/**
 * Notifications: the bell in the workers' pages and e-mail. Two sources feed it: events other modules publish
 * through {@link org.lifelonglinks.notifications.Notifications} (a safety decision recorded, to the coordinators),
 * and the casework module's open tasks (due, overdue, urgent; approvals waiting), which become notifications keyed
 * by task and due state, so any task any module makes appears without wiring. What a worker is shown is checked
 * against their caseload when they read it; e-mails say only that something is waiting, never who it is about.
 */
package org.lifelonglinks.notifications;
