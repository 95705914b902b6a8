package org.lifelonglinks.casework;

import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.security.Role;

/**
 * A task, computed or written by hand.
 *
 * @param id         a written task's id; for a computed task an id made from its kind and facts (stable while they
 *                   stand)
 * @param personId   the network person it is about, if any
 * @param personName the name workers know them by
 * @param assignedTo a written task's worker
 * @param forRoles   a computed task's workers: those on the young person's caseload in one of these roles
 * @param version    a written task's version (its ETag); 0 for a computed one
 */
public record Task(String id, TaskKind kind, boolean computed, String youngPersonId, String youngPersonName,
        String personId, String personName, String what, LocalDate due, TaskState state, String assignedTo,
        List<Role> forRoles, String note, String createdBy, LocalDate doneOn, String doneBy, long version) {

    /** Whether this task is the given worker's, on a young person whose caseload lists these workers. */
    boolean isFor(String username, List<String> coordinators, List<String> socialWorkers) {
        if (!computed) {
            return username.equals(assignedTo);
        }
        return (forRoles.contains(Role.COORDINATOR) && coordinators.contains(username))
                || (forRoles.contains(Role.SOCIAL_WORKER) && socialWorkers.contains(username));
    }
}
