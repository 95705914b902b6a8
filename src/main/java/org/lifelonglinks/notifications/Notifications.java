package org.lifelonglinks.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.casework.OpenTasks;
import org.lifelonglinks.casework.Task;
import org.lifelonglinks.casework.TaskKind;
import org.lifelonglinks.casework.TaskState;
import org.lifelonglinks.security.CaseloadAccess;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The notifications of each worker, and the API other modules call to notify.
 *
 * <p><b>To notify</b>, after the change that causes it has been committed: {@link #notifyCaseload} (the workers in
 * one role on a young person's caseload, e.g. the coordinators when a safety decision is recorded) or
 * {@link #notify(String, NewNotification)} (one worker). Neither ever throws: a notification that cannot be stored
 * is logged, and the action that caused it stands. A task needs no call at all: any task the casework module lists
 * for a worker (computed or written, whatever module makes it) becomes a notification when it is due or overdue,
 * urgent if its kind is ({@link TaskKind#urgent()}).
 *
 * <p><b>Reading</b> checks the caseload each time: a notification about a young person the worker can no longer see
 * (a handover, a caseload change) is not shown, not counted, and cannot be marked read (404, as if it did not
 * exist). Its words are made when read, from the records as they are then.
 */
@Service
public class Notifications {

    /** How many notifications a list shows. */
    public static final int SHOWN = 50;

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final int READ_AT_MOST = 200;

    private final NotificationRepository repository;
    private final CaseloadAccess caseload;
    private final OpenTasks openTasks;
    private final MailOutbox outbox;
    private final MailProperties mail;
    private final AuditTrail audit;
    private final Clock clock;

    Notifications(NotificationRepository repository, CaseloadAccess caseload, OpenTasks openTasks,
            MailOutbox outbox, MailProperties mail, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.caseload = caseload;
        this.openTasks = openTasks;
        this.outbox = outbox;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Notifies every enabled worker assigned to the young person in {@code role}, except {@code except} (the
     * worker whose action it is, who needs no telling; may be null). Call after the change is committed.
     */
    public void notifyCaseload(String youngPersonId, Role role, String except, NewNotification notification) {
        try {
            for (String username : repository.workersOn(youngPersonId, role.name())) {
                if (!username.equals(except)) {
                    store(username, List.of(item(notification)));
                }
            }
        } catch (RuntimeException e) {
            log.error("Could not store a {} notification; the action that caused it stands", notification.kind(), e);
        }
    }

    /** Notifies one worker, if they can see the young person's record. Call after the change is committed. */
    public void notify(String username, NewNotification notification) {
        try {
            var roles = caseload.rolesOf(username);
            if (roles.isEmpty() || roles.contains(Role.YOUNG_PERSON)
                    || !caseload.canRead(new CurrentUser(username, EnumSet.copyOf(roles), null),
                            notification.youngPersonId())) {
                return;
            }
            store(username, List.of(item(notification)));
        } catch (RuntimeException e) {
            log.error("Could not store a {} notification; the action that caused it stands", notification.kind(), e);
        }
    }

    /** The worker's notifications (their due tasks looked at first), newest first; audited. */
    NotificationList list(CurrentUser user) {
        requireWorker(user);
        var open = refresh(user);
        var rows = repository.recent(user.username(), READ_AT_MOST);
        var visible = visibleOf(user, rows.stream().map(NotificationRepository.Row::youngPersonId).toList());
        var items = rows.stream().filter(r -> visible.contains(r.youngPersonId()))
                .sorted(Comparator.comparing((NotificationRepository.Row r) -> !(r.urgent() && unread(r)))
                        .thenComparing(NotificationRepository.Row::createdAt, Comparator.reverseOrder()))
                .limit(SHOWN)
                .map(r -> view(r, open.get(r.taskId())))
                .toList();
        var unread = repository.unreadByYoungPerson(user.username());
        var unreadVisible = visibleOf(user, List.copyOf(unread.keySet()));
        int count = unread.entrySet().stream().filter(e -> unreadVisible.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        audit.append(AuditEvent.of(user.username(), "NOTIFICATIONS_READ", null)
                .withDetail(items.size() + " shown, " + count + " unread"));
        return new NotificationList(count, items);
    }

    /** Marks one read; 404 if it is not the worker's, or is about a record they can no longer see. */
    void markRead(CurrentUser user, String id) {
        requireWorker(user);
        String youngPersonId = repository.youngPersonOf(user.username(), id)
                .orElseThrow(() -> new NotFoundException("Notification"));
        if (!caseload.canRead(user, youngPersonId)) {
            throw new NotFoundException("Notification");
        }
        repository.markRead(user.username(), id, clock.instant());
    }

    /** Marks read every unread notification the worker can see now; answers how many. */
    int markAllRead(CurrentUser user) {
        requireWorker(user);
        var unread = repository.unreadByYoungPerson(user.username());
        var visible = visibleOf(user, List.copyOf(unread.keySet()));
        return visible.isEmpty() ? 0 : repository.markAllRead(user.username(), visible, clock.instant());
    }

    /**
     * Looks at the worker's open tasks: a task due or overdue that has not been notified in that state becomes a
     * notification (an e-mail too, if set up); notifications about tasks no longer open are resolved. Answers the
     * open tasks by id.
     */
    Map<String, Task> refresh(CurrentUser user) {
        var tasks = openTasks.of(user);
        var open = new HashMap<String, Task>();
        var items = new ArrayList<NotificationRepository.Item>();
        for (var task : tasks) {
            open.put(task.id(), task);
            if (task.state() == TaskState.DUE || task.state() == TaskState.OVERDUE) {
                items.add(new NotificationRepository.Item("task:" + task.id() + ":" + task.state(), kindOf(task),
                        task.youngPersonId(), task.personId(), task.id(), task.due(), task.state().name(),
                        linkOf(task), null, task.kind().urgent()));
            }
        }
        repository.resolveTasksNotIn(user.username(), open.keySet(), clock.instant());
        store(user.username(), items);
        return open;
    }

    private void store(String username, List<NotificationRepository.Item> items) {
        var created = repository.saveNew(username, items, clock.instant(),
                outbox.enabled() ? news -> MailWords.about(news, mail.notificationsPage()) : null);
        if (!created.isEmpty()) {
            outbox.sendSoon();
        }
    }

    private java.util.Set<String> visibleOf(CurrentUser user, List<String> youngPersonIds) {
        var visible = new HashSet<String>();
        for (String id : new HashSet<>(youngPersonIds)) {
            if (id != null && caseload.canRead(user, id)) {
                visible.add(id);
            }
        }
        return visible;
    }

    private static NotificationRepository.Item item(NewNotification n) {
        return new NotificationRepository.Item(n.key(), n.kind(), n.youngPersonId(), n.personId(), null, null, null,
                n.link(), n.detail(), n.urgent());
    }

    static NotificationKind kindOf(Task task) {
        return switch (task.kind()) {
            case APPROVAL_NEEDED -> NotificationKind.APPROVAL_REQUESTED;
            case SAFETY_EXPIRY -> NotificationKind.DECISION_EXPIRING;
            case SAFETY_REVIEW -> NotificationKind.SAFETY_REVIEW_DUE;
            default -> NotificationKind.TASK_DUE;
        };
    }

    /** Where a task is done: the person's page for safety and approvals, the plan for reviews and follow-ups. */
    static String linkOf(Task task) {
        String base = "/young-people/" + task.youngPersonId();
        if (task.personId() != null) {
            return base + "/people/" + task.personId();
        }
        if (task.kind() == TaskKind.PLAN_REVIEW || task.kind().name().startsWith("FOLLOW_UP")) {
            return base + "/plan";
        }
        return base;
    }

    private static boolean unread(NotificationRepository.Row row) {
        return row.readAt() == null && !row.resolved();
    }

    private static NotificationView view(NotificationRepository.Row row, Task open) {
        return new NotificationView(row.id(), row.kind(), text(row, open), row.youngPersonId(), row.link(),
                row.urgent(), row.due(), row.taskState(), row.createdAt(), row.readAt(), row.resolved());
    }

    /** The words, from the records as they are now: the task's own words while it is open. */
    static String text(NotificationRepository.Row row, Task open) {
        String youngPerson = row.youngPersonName() == null ? "a young person" : row.youngPersonName();
        String person = row.personName() == null ? "someone in the network" : row.personName();
        if (open != null && row.taskId() != null) {
            return open.what() + " (" + youngPerson + ")";
        }
        return switch (row.kind()) {
            case APPROVAL_REQUESTED -> person + " waited for a safety decision before first contact (" + youngPerson
                    + "): decided or no longer waiting";
            case SAFETY_DECISION_RECORDED -> "Safety decision about " + person + " (" + youngPerson + "): "
                    + decisionWords(row.detail());
            case DECISION_EXPIRING -> "A safety decision about " + person + " (" + youngPerson + ") was expiring: "
                    + "decided again or no longer due";
            case SAFETY_REVIEW_DUE -> "A safety review about " + person + " (" + youngPerson + ") was due: done or "
                    + "no longer due";
            case PLAN_APPROVAL_REQUESTED -> "A plan for " + youngPerson + " is waiting for approval";
            case TASK_DUE -> row.taskId() == null ? "Something needs doing for " + youngPerson
                    : "A task for " + youngPerson + " was due " + row.due() + ": done or no longer due";
        };
    }

    private static String decisionWords(String decision) {
        if (decision == null) {
            return "recorded";
        }
        return switch (decision) {
            case "APPROVED" -> "contact approved";
            case "WITH_CONDITIONS" -> "contact approved with conditions";
            case "DO_NOT_CONTACT" -> "do not contact";
            default -> "recorded";
        };
    }

    private static void requireWorker(CurrentUser user) {
        if (!(user.isAdmin() || user.is(Role.COORDINATOR) || user.is(Role.SOCIAL_WORKER))) {
            throw new ForbiddenException("Notifications are for workers");
        }
    }
}
