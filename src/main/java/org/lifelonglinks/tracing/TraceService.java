package org.lifelonglinks.tracing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.privacy.DataProtection;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.MissingFieldException;
import org.springframework.stereotype.Service;

/**
 * Runs tracing searches for workers: directory records are searched for everyone who may trace, network people
 * only within the networks the user may see. People with a do-not-contact decision are shown, flagged.
 */
@Service
class TraceService {

    private final TracingIndex index;
    private final TraceablePeopleRepository people;
    private final Safeguarding safeguarding;
    private final AuditTrail audit;
    private final NetworkAccess access;
    private final DataProtection dataProtection;

    TraceService(TracingIndex index, TraceablePeopleRepository people, Safeguarding safeguarding, AuditTrail audit,
            NetworkAccess access, DataProtection dataProtection) {
        this.index = index;
        this.people = people;
        this.safeguarding = safeguarding;
        this.audit = audit;
        this.access = access;
        this.dataProtection = dataProtection;
    }

    /**
     * A search for the young person {@code youngPersonId} (required of a coordinator): it must be theirs to change,
     * and its consent on record. People who objected to the processing of their data are not traced again.
     */
    List<TraceCandidate> trace(CurrentUser user, String youngPersonId, TraceQuery query) {
        requireTracer(user);
        if (youngPersonId == null && !user.isAdmin() && user.is(Role.COORDINATOR)) {
            throw new MissingFieldException("youngPersonId");
        }
        if (youngPersonId != null) {
            access.readable(user, youngPersonId);
            dataProtection.requireConsent(youngPersonId);
        }
        var found = index.search(query, visibleTo(user));
        var objected = dataProtection.objected(found.stream().map(TraceCandidate::record)
                .filter(r -> r.kind() == TraceRecord.Kind.NETWORK_PERSON).map(TraceRecord::id).toList());
        var candidates = flagBarred(found.stream().filter(c -> c.record().kind() != TraceRecord.Kind.NETWORK_PERSON
                || !objected.contains(c.record().id())).toList());
        // The query itself names people, so the trail records only that a search happened and how it went.
        audit.append(new AuditEvent(user.username(), "TRACE_SEARCHED", youngPersonId, null,
                candidates.size() + " candidates"));
        return candidates;
    }

    /**
     * The do-not-contact flag as the safeguarding module answers it now, never as it stood when the person was
     * indexed: a decision recorded or expiring since changes the result at once. Every search that shows people
     * (a trace, the duplicate warning) passes its candidates through here.
     */
    List<TraceCandidate> flagBarred(List<TraceCandidate> candidates) {
        var networkPeople = candidates.stream().map(TraceCandidate::record)
                .filter(r -> r.kind() == TraceRecord.Kind.NETWORK_PERSON).map(TraceRecord::id).toList();
        var barred = safeguarding.barredAnywhere(networkPeople);
        return candidates.stream().map(c -> c.record().kind() != TraceRecord.Kind.NETWORK_PERSON ? c
                : c.withRecord(c.record().withDoNotContact(barred.contains(c.record().id())))).toList();
    }

    /**
     * Whose networks the network people among {@code candidates} are in, as far as the user's caseload goes: a trace
     * result names the network (or the directory) of each record, so identical records can be told apart.
     */
    Map<String, List<String>> networksOf(CurrentUser user, List<TraceCandidate> candidates) {
        var ids = candidates.stream().map(TraceCandidate::record)
                .filter(r -> r.kind() == TraceRecord.Kind.NETWORK_PERSON).map(TraceRecord::id).distinct().toList();
        return ids.isEmpty() ? Map.of() : people.networksOf(ids, user.username(), user.isAdmin());
    }

    Predicate<TraceRecord> visibleTo(CurrentUser user) {
        return visibleAmong(visibleNetworkPeople(user));
    }

    /** Directory records, and the network people among {@code visible} ({@code null}: everyone). */
    static Predicate<TraceRecord> visibleAmong(Set<String> visible) {
        if (visible == null) {
            return record -> true;
        }
        return record -> record.kind() == TraceRecord.Kind.DIRECTORY_RECORD || visible.contains(record.id());
    }

    /** The ids of the network people (and young people) the user may see; {@code null}: everyone (an administrator). */
    Set<String> visibleNetworkPeople(CurrentUser user) {
        return user.isAdmin() ? null : people.visibleTo(user);
    }

    static void requireTracer(CurrentUser user) {
        if (!user.isAdmin() && !user.is(Role.COORDINATOR) && !user.is(Role.SOCIAL_WORKER)) {
            throw new ForbiddenException("Only coordinators, social workers and administrators can trace people");
        }
    }
}
