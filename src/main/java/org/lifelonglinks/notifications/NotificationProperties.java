package org.lifelonglinks.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the notification jobs run.
 *
 * @param scanCron   when every worker's tasks are looked at for new due and overdue ones (so they reach the
 *                   bell and e-mail without the worker opening a page): {@code lifelinks.notifications.scan-cron},
 *                   default every 10 minutes; {@code -} turns it off
 * @param digestCron the weekly digest: {@code lifelinks.notifications.digest-cron}, default Monday 07:00;
 *                   {@code -} turns it off
 * @param zone       the time zone of both ({@code Europe/London} by default)
 */
@ConfigurationProperties("lifelinks.notifications")
record NotificationProperties(String scanCron, String digestCron, String zone) {
}
