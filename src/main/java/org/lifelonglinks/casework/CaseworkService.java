package org.lifelonglinks.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CaseloadAccess;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The caseload with its stages and what needs attention, a young person's stage and tasks, written tasks, and the
 * managers' counts per team. Every answer is computed from the facts when asked, with the service's clock.
 */
@Service
class CaseworkService {

    private static final Comparator<Task> BY_DUE = Comparator.comparing(Task::due)
            .thenComparing(Task::youngPersonName).thenComparing(Task::id);

    private final CaseworkRepository repository;
    private final NetworkAccess network;
    private final CaseloadAccess caseload;
    private final Safeguarding safeguarding;
    private final AuditTrail audit;
    private final Clock clock;
    private final CaseworkProperties settings;
    private final TaskRules rules;

    CaseworkService(CaseworkRepository repository, NetworkAccess network, CaseloadAccess caseload,
            Safeguarding safeguarding, AuditTrail audit, Clock clock, CaseworkProperties settings) {
        this.repository = repository;
        this.network = network;
        this.caseload = caseload;
        this.safeguarding = safeguarding;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.rules = new TaskRules(settings);
    }

    /** The young people the worker may see, each with their stage and counts of overdue and due tasks. */
    List<CaseloadRow> caseload(CurrentUser user) {
        requireWorker(user);
        var today = today();
        var facts = repository.facts(visibleIds(user));
        var tasks = tasksOf(facts, today);
        var rows = facts.stream().map(f -> {
            var stage = StageRule.of(f, today);
            var theirs = tasks.getOrDefault(f.youngPersonId(), List.of());
            return new CaseloadRow(f.youngPersonId(), f.givenName(), f.familyName(), f.localId(), f.area(),
                    f.referralDate(), stage.stage(), stage.words(), stage.since(),
                    count(theirs, TaskState.OVERDUE), count(theirs, TaskState.DUE));
        }).toList();
        audit.append(AuditEvent.of(user.username(), "CASELOAD_READ", null).withDetail(rows.size() + " records"));
        return rows;
    }

    CaseStage stage(CurrentUser user, String youngPersonId) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var facts = onlyFacts(youngPersonId);
        audit.append(AuditEvent.of(user.username(), "STAGE_READ", youngPersonId));
        return StageRule.of(facts, today());
    }

    /** Every task of one young person, computed and written (done ones last). */
    List<Task> tasks(CurrentUser user, String youngPersonId) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var facts = onlyFacts(youngPersonId);
        var tasks = tasksOf(List.of(facts), today()).getOrDefault(youngPersonId, List.of());
        audit.append(AuditEvent.of(user.username(), "TASKS_READ", youngPersonId)
                .withDetail(tasks.size() + " tasks"));
        return sorted(tasks);
    }

    /** The worker's own tasks across their caseload: computed ones for their role, written ones assigned to them. */
    MyTasks mine(CurrentUser user) {
        requireWorker(user);
        var today = today();
        var ids = visibleIds(user);
        var facts = ids != null && ids.isEmpty() ? List.<CaseFacts>of() : repository.facts(ids);
        var mine = mineOf(user, facts, today);
        var recently = today.minusDays(30);
        var handovers = facts.stream()
                .filter(f -> f.lastHandover() != null && f.lastHandover().to().equals(user.username())
                        && !f.lastHandover().on().isBefore(recently))
                .map(f -> new MyTasks.HandedOver(f.youngPersonId(), f.name(), f.lastHandover().fromName(),
                        f.lastHandover().on(), f.lastHandover().note()))
                .sorted(Comparator.comparing(MyTasks.HandedOver::on).reversed())
                .toList();
        var result = new MyTasks(inState(mine, TaskState.OVERDUE), inState(mine, TaskState.DUE),
                inState(mine, TaskState.UPCOMING),
                mine.stream().filter(t -> t.state() == TaskState.DONE && !t.doneOn().isBefore(recently))
                        .sorted(Comparator.comparing(Task::doneOn).reversed()).toList(), handovers);
        audit.append(AuditEvent.of(user.username(), "TASKS_READ", null).withDetail("own tasks: "
                + result.overdue().size() + " overdue, " + result.due().size() + " due"));
        return result;
    }

    /**
     * The worker's tasks not done, computed and written, for other modules (the notification bell): not audited
     * here, since nothing is shown to anyone by this call; the caller audits what it shows.
     */
    List<Task> openTasks(CurrentUser user) {
        requireWorker(user);
        // An administrator sees every record, but their own tasks are only where they are assigned or a task is
        // theirs: reading the whole service's facts on each look at the bell would be for nothing.
        var ids = caseload.seesEveryone(user) ? repository.ownWork(user.username()) : visibleIds(user);
        return allOf(user, today(), ids).stream().filter(t -> t.state() != TaskState.DONE).sorted(BY_DUE).toList();
    }

    private List<Task> allOf(CurrentUser user, LocalDate today, List<String> ids) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        return mineOf(user, repository.facts(ids), today);
    }

    /** The tasks of these records that are the user's: computed ones for their role, written ones assigned to them. */
    private List<Task> mineOf(CurrentUser user, List<CaseFacts> facts, LocalDate today) {
        var tasks = tasksOf(facts, today);
        var mine = new ArrayList<Task>();
        for (var f : facts) {
            tasks.getOrDefault(f.youngPersonId(), List.of()).stream()
                    .filter(t -> t.isFor(user.username(), f.coordinators(), f.socialWorkers()))
                    .forEach(mine::add);
        }
        return mine;
    }

    Task createTask(CurrentUser user, String youngPersonId, TaskRequest request) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var task = request.checked(user.username());
        requireWorkerOnCaseload(task.assignedTo(), youngPersonId);
        if (task.personId() != null) {
            try {
                network.connected(youngPersonId, task.personId());
            } catch (NotFoundException e) {
                throw new InvalidFieldException("personId", "personId is not someone in this young person's network");
            }
        }
        String id = UUID.randomUUID().toString();
        repository.createTask(youngPersonId, id, task, user.username(), new AuditEvent(user.username(),
                "TASK_CREATED", youngPersonId, task.personId(), "due " + task.due() + ", for " + task.assignedTo()));
        return repository.writtenTask(youngPersonId, id, today(), settings.dueSoonDays()).orElseThrow();
    }

    Task updateTask(CurrentUser user, String youngPersonId, String taskId, Long expectedVersion,
            TaskChanges request) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var changes = request.checked();
        if (changes.assignedTo() != null) {
            requireWorkerOnCaseload(changes.assignedTo(), youngPersonId);
        }
        var today = today();
        var detail = new ArrayList<String>();
        if (changes.done() != null) {
            detail.add(changes.done() ? "done" : "not done");
        }
        if (changes.due() != null) {
            detail.add("due " + changes.due());
        }
        if (changes.assignedTo() != null) {
            detail.add("for " + changes.assignedTo());
        }
        repository.updateTask(youngPersonId, taskId, expectedVersion, wasDone -> {
            var properties = new HashMap<String, Object>();
            if (changes.what() != null) {
                properties.put("what", changes.what());
            }
            if (changes.due() != null) {
                properties.put("due", changes.due());
            }
            if (changes.assignedTo() != null) {
                properties.put("assignedTo", changes.assignedTo());
            }
            if (request.note() != null) {
                properties.put("note", changes.note());
            }
            if (changes.done() != null) {
                if (changes.done() && !wasDone) {
                    properties.put("doneOn", today);
                    properties.put("doneBy", user.username());
                } else if (!changes.done() && wasDone) {
                    properties.put("doneOn", null);
                    properties.put("doneBy", null);
                }
            }
            return properties;
        }, new AuditEvent(user.username(), "TASK_UPDATED", youngPersonId, null,
                detail.isEmpty() ? "edited" : String.join(", ", detail)));
        return repository.writtenTask(youngPersonId, taskId, today, settings.dueSoonDays()).orElseThrow();
    }

    /** Counts per area team of the work overdue and due, for managers: no names, no ids. */
    TeamWork teamWork(CurrentUser user) {
        if (!(user.isAdmin() || user.is(Role.MANAGER))) {
            throw new ForbiddenException("Only managers and administrators see the teams' work");
        }
        var today = today();
        var facts = repository.facts(null).stream().filter(f -> !f.closed()).toList();
        var tasks = tasksOf(facts, today);
        var teams = new LinkedHashMap<String, int[]>();
        network.areas().forEach(area -> teams.put(area, new int[4]));
        for (var f : facts) {
            var counts = teams.computeIfAbsent(f.area() == null ? "unknown" : f.area(), a -> new int[4]);
            var theirs = tasks.getOrDefault(f.youngPersonId(), List.of());
            counts[0]++;
            counts[1] += count(theirs, TaskState.OVERDUE);
            counts[2] += count(theirs, TaskState.DUE);
            counts[3] += (int) theirs.stream().filter(t -> t.kind() == TaskKind.APPROVAL_NEEDED
                    && t.state() != TaskState.DONE).count();
        }
        audit.append(AuditEvent.of(user.username(), "TEAM_WORK_READ", null));
        return new TeamWork(today, teams.entrySet().stream()
                .map(e -> new TeamWork.Team(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3])).toList(),
                Map.of("youngPeople", "young people in the team whose record is open",
                        "overdue", "tasks whose due date has passed (computed and written, not done)",
                        "due", "tasks due today or within " + settings.dueSoonDays() + " days",
                        "approvalsWaiting", "people reached whose first contact waits for a social worker's "
                                + "safety decision"));
    }

    // ----

    private Map<String, List<Task>> tasksOf(List<CaseFacts> facts, LocalDate today) {
        var byYoungPerson = new HashMap<String, List<Task>>();
        if (facts.isEmpty()) {
            return byYoungPerson;
        }
        for (var f : facts) {
            var safety = safeguarding.network(f.youngPersonId());
            byYoungPerson.put(f.youngPersonId(), new ArrayList<>(rules.computed(f, safety, today)));
        }
        var ids = facts.size() == 1 ? List.of(facts.getFirst().youngPersonId())
                : facts.stream().map(CaseFacts::youngPersonId).toList();
        repository.writtenTasks(ids, today, settings.dueSoonDays())
                .forEach(t -> byYoungPerson.computeIfAbsent(t.youngPersonId(), k -> new ArrayList<>()).add(t));
        return byYoungPerson;
    }

    private CaseFacts onlyFacts(String youngPersonId) {
        return repository.facts(List.of(youngPersonId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Young person"));
    }

    /** The ids on the user's caseload; null (everyone) for an administrator. */
    private List<String> visibleIds(CurrentUser user) {
        return caseload.seesEveryone(user) ? null : repository.assignedTo(user.username());
    }

    private void requireWorkerOnCaseload(String username, String youngPersonId) {
        var roles = caseload.rolesOf(username);
        boolean worker = !roles.isEmpty() && !roles.contains(Role.YOUNG_PERSON)
                && (roles.contains(Role.ADMIN) || roles.contains(Role.COORDINATOR)
                        || roles.contains(Role.SOCIAL_WORKER));
        if (!worker || !caseload.canRead(new CurrentUser(username, EnumSet.copyOf(roles), null), youngPersonId)) {
            throw new InvalidFieldException("assignedTo",
                    "assignedTo must be a worker on this young person's caseload");
        }
    }

    private static void requireWorker(CurrentUser user) {
        if (!(user.isAdmin() || user.is(Role.COORDINATOR) || user.is(Role.SOCIAL_WORKER))) {
            throw new ForbiddenException("Only workers see casework");
        }
    }

    private static int count(List<Task> tasks, TaskState state) {
        return (int) tasks.stream().filter(t -> t.state() == state).count();
    }

    private static List<Task> inState(List<Task> tasks, TaskState state) {
        return tasks.stream().filter(t -> t.state() == state).sorted(BY_DUE).toList();
    }

    private static List<Task> sorted(List<Task> tasks) {
        return tasks.stream().sorted(Comparator.comparing(Task::state).thenComparing(BY_DUE)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
