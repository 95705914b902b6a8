package org.lifelonglinks.notifications;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A notification another module publishes through {@link Notifications}. It carries ids, never words: the text a
 * worker reads is made when they read it, from the records as they are then (so nothing personal is copied, and an
 * erased record takes its notifications with it).
 *
 * @param kind          what it is about
 * @param youngPersonId whose work it is about; only workers who can see this record are notified, and a worker
 *                      who can no longer see it is no longer shown the notification
 * @param personId      the person in the network it is about, if any
 * @param key           what makes it one notification: the same key for the same worker is stored once (e.g.
 *                      {@code "safety-decision:<decision id>"}); letters, digits and {@code :-_.#}, at most 200
 * @param link          where it leads in the service: a path starting with one {@code /}
 * @param detail        a code for the words, e.g. the decision ({@code APPROVED}); upper-case letters and
 *                      underscores, or null
 * @param urgent        shown first and marked urgent
 */
public record NewNotification(NotificationKind kind, String youngPersonId, String personId, String key, String link,
        String detail, boolean urgent) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9:._#-]{1,200}");
    private static final Pattern LINK = Pattern.compile("/(?!/)[A-Za-z0-9/._~%-]{0,300}");
    private static final Pattern DETAIL = Pattern.compile("[A-Z_]{1,40}");

    public NewNotification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(youngPersonId, "youngPersonId");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a notification key is 1 to 200 letters, digits or :._#-");
        }
        if (link == null || !LINK.matcher(link).matches()) {
            throw new IllegalArgumentException("a notification link is a path in the service");
        }
        if (detail != null && !DETAIL.matcher(detail).matches()) {
            throw new IllegalArgumentException("a notification detail is a code in upper-case letters");
        }
    }
}
