package org.lifelonglinks.notifications;

import java.util.List;

/**
 * The signed-in worker's notifications, newest first (urgent unread ones leading).
 *
 * @param unread how many are neither read nor resolved
 * @param items  the most recent ones, at most {@link Notifications#SHOWN}
 */
public record NotificationList(int unread, List<NotificationView> items) {
}
