package org.lifelonglinks.casework;

import java.util.List;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A worker's open tasks (overdue, due and upcoming; computed ones for their role on each young person of their
 * caseload, written ones assigned to them), for modules that act on them: the notification bell and the weekly
 * digest. Every task any module makes through the casework rules appears here without further wiring. Not
 * audited: the caller audits what it shows.
 */
@Component
public class OpenTasks {

    private final CaseworkService casework;

    OpenTasks(CaseworkService casework) {
        this.casework = casework;
    }

    /** The user's tasks not done, by due date; 403 for someone who is not a worker. */
    public List<Task> of(CurrentUser user) {
        return casework.openTasks(user);
    }
}
