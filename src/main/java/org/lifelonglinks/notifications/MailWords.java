package org.lifelonglinks.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the notification e-mails. They say only what kind of work is waiting and how much, and link to the
 * notifications page: no name, no date of birth, no id, nothing about anyone. An e-mail can be read over a
 * shoulder, forwarded, or kept by a mail provider; the service behind sign-in is where the details are.
 */
final class MailWords {

    static final String PREFIX = "Lifelong Links: ";

    private MailWords() {
    }

    /** One e-mail about new notifications. */
    static NotificationRepository.Mail about(List<NotificationRepository.Item> items, String link) {
        var counts = new LinkedHashMap<String, Integer>();
        var ones = new LinkedHashMap<String, String>();
        for (var item : items) {
            String many = many(item);
            counts.merge(many, 1, Integer::sum);
            ones.putIfAbsent(many, one(item));
        }
        String subject = items.size() == 1 ? PREFIX + ones.values().iterator().next()
                : PREFIX + items.size() + " new notifications";
        var body = new StringBuilder();
        if (items.size() == 1) {
            body.append("In Lifelong Links, ").append(ones.values().iterator().next()).append(".\n");
        } else {
            body.append("New in Lifelong Links:\n");
            counts.forEach((words, n) -> body.append("- ").append(capitalised(words)).append(": ").append(n)
                    .append('\n'));
        }
        return new NotificationRepository.Mail(subject, closing(body, link));
    }

    /** The weekly digest: counts only. */
    static NotificationRepository.Mail digest(Map<String, Integer> counts, String link) {
        var body = new StringBuilder("Your week in Lifelong Links:\n");
        counts.forEach((words, n) -> body.append("- ").append(n).append(' ').append(words).append('\n'));
        return new NotificationRepository.Mail(PREFIX + "your week", closing(body, link));
    }

    private static String closing(StringBuilder body, String link) {
        return body.append("\nOpen the service to see what it is about (you will be asked to sign in):\n")
                .append(link).append("\n\n")
                .append("This message does not say who it is about, on purpose. Please do not reply to it.\n")
                .toString();
    }

    private static String one(NotificationRepository.Item item) {
        if (item.urgent()) {
            return "something urgent is waiting";
        }
        if ("OVERDUE".equals(item.taskState())) {
            return item.kind() == NotificationKind.APPROVAL_REQUESTED ? "an approval is overdue" : "a task is overdue";
        }
        return item.kind().one();
    }

    private static String many(NotificationRepository.Item item) {
        if (item.urgent()) {
            return "urgent";
        }
        if ("OVERDUE".equals(item.taskState())) {
            return item.kind() == NotificationKind.APPROVAL_REQUESTED ? "approvals overdue" : "tasks overdue";
        }
        return item.kind().many();
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
