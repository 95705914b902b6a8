package org.lifelonglinks.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.casework.OpenTasks;
import org.lifelonglinks.casework.TaskKind;
import org.lifelonglinks.casework.TaskState;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The notification jobs. When e-mail is on, every 10 minutes the tasks of each worker with an address are looked
 * at, so a task that becomes due is e-mailed without the worker opening a page (the bell looks when it is opened). Every Monday at 07:00 each worker with an e-mail address
 * gets a digest of their week in counts only ("3 tasks due this week, 1 overdue, 2 approvals waiting"); a worker
 * with nothing waiting gets none. The digest is audited by {@code system} with its count. Settings:
 * {@code lifelinks.notifications.scan-cron} and {@code …digest-cron} ({@code -} turns either off), and
 * {@code …zone} (Europe/London).
 */
@Component
class NotificationSchedule {

    private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

    private final Notifications notifications;
    private final NotificationRepository repository;
    private final OpenTasks openTasks;
    private final MailOutbox outbox;
    private final MailProperties mail;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationSchedule(Notifications notifications, NotificationRepository repository, OpenTasks openTasks,
            MailOutbox outbox, MailProperties mail, AuditTrail audit, Clock clock) {
        this.notifications = notifications;
        this.repository = repository;
        this.openTasks = openTasks;
        this.outbox = outbox;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /** Looks at every worker's tasks; answers how many workers were looked at. */
    @Scheduled(cron = "${lifelinks.notifications.scan-cron:0 */10 * * * *}",
            zone = "${lifelinks.notifications.zone:Europe/London}")
    int scan() {
        // The bell looks at the tasks itself when it is opened: the scan is for the e-mails, to those who get them.
        if (!outbox.enabled()) {
            return 0;
        }
        int workers = 0;
        for (var worker : repository.workers(true)) {
            try {
                notifications.refresh(user(worker));
                workers++;
            } catch (RuntimeException e) {
                log.error("Could not look at the tasks of {} for notifications", worker.getKey(), e);
            }
        }
        return workers;
    }

    /** Queues the weekly digests and sends them; answers how many were queued. Nothing when e-mail is off. */
    @Scheduled(cron = "${lifelinks.notifications.digest-cron:0 0 7 * * MON}",
            zone = "${lifelinks.notifications.zone:Europe/London}")
    int digest() {
        if (!outbox.enabled()) {
            return 0;
        }
        var today = LocalDate.now(clock);
        int queued = 0;
        for (var worker : repository.workers(true)) {
            try {
                var counts = counts(user(worker), today);
                if (!counts.isEmpty()) {
                    repository.queue(worker.getKey(), MailWords.digest(counts, mail.notificationsPage()),
                            clock.instant());
                    queued++;
                }
            } catch (RuntimeException e) {
                log.error("Could not make the weekly digest of {}", worker.getKey(), e);
            }
        }
        audit.append(new AuditEvent("system", "NOTIFICATION_DIGEST_RUN", null, null, queued + " digests queued"));
        outbox.sendSoon();
        return queued;
    }

    /** What the digest counts, in its words; only counts above zero. */
    Map<String, Integer> counts(CurrentUser user, LocalDate today) {
        int urgent = 0;
        int due = 0;
        int overdue = 0;
        int approvals = 0;
        var weekEnd = today.plusDays(6);
        for (var task : openTasks.of(user)) {
            if (task.kind().urgent()) {
                urgent++;
            } else if (task.kind() == TaskKind.APPROVAL_NEEDED) {
                approvals++;
            } else if (task.state() == TaskState.OVERDUE) {
                overdue++;
            } else if (!task.due().isAfter(weekEnd)) {
                due++;
            }
        }
        var counts = new LinkedHashMap<String, Integer>();
        put(counts, urgent, urgent == 1 ? "urgent task" : "urgent tasks");
        put(counts, due, (due == 1 ? "task" : "tasks") + " due this week");
        put(counts, overdue, "overdue");
        put(counts, approvals, approvals == 1 ? "approval waiting" : "approvals waiting");
        return counts;
    }

    private static void put(Map<String, Integer> counts, int n, String words) {
        if (n > 0) {
            counts.put(words, n);
        }
    }

    private static CurrentUser user(Map.Entry<String, java.util.List<String>> worker) {
        var roles = EnumSet.noneOf(Role.class);
        worker.getValue().forEach(r -> roles.add(Role.valueOf(r)));
        return new CurrentUser(worker.getKey(), roles, null);
    }
}
