package org.lifelonglinks.tracing;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * Runs tracing searches for workers: directory records are searched for everyone who may trace, network people
 * only within the networks the user may see. People with a do-not-contact decision are shown, flagged.
 */
@Service
class TraceService {

    private final TracingIndex index;
    private final TraceablePeopleRepository people;
    private final AuditTrail audit;

    TraceService(TracingIndex index, TraceablePeopleRepository people, AuditTrail audit) {
        this.index = index;
        this.people = people;
        this.audit = audit;
    }

    List<TraceCandidate> trace(CurrentUser user, TraceQuery query) {
        requireTracer(user);
        var candidates = index.search(query, visibleTo(user));
        // The query itself names people, so the trail records only that a search happened and how it went.
        audit.append(new AuditEvent(user.username(), "TRACE_SEARCHED", null, null,
                candidates.size() + " candidates"));
        return candidates;
    }

    Predicate<TraceRecord> visibleTo(CurrentUser user) {
        if (user.isAdmin()) {
            return record -> true;
        }
        Set<String> visible = people.visibleTo(user);
        return record -> record.kind() == TraceRecord.Kind.DIRECTORY_RECORD || visible.contains(record.id());
    }

    static void requireTracer(CurrentUser user) {
        if (!user.isAdmin() && !user.is(Role.COORDINATOR) && !user.is(Role.SOCIAL_WORKER)) {
            throw new ForbiddenException("Only coordinators, social workers and administrators can trace people");
        }
    }
}
