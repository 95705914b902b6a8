package org.lifelonglinks.plan;

import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.network.YoungPerson;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who may see and record the work. Workers on the young person's caseload read it; an administrator or the
 * assigned coordinator records it. A young person reads only their own printed plan: contacts, statuses and
 * safety decisions are workers' records.
 */
@Component
class WorkAccess {

    private final NetworkAccess network;

    WorkAccess(NetworkAccess network) {
        this.network = network;
    }

    YoungPerson readable(CurrentUser user, String youngPersonId) {
        requireWorker(user);
        return network.readable(user, youngPersonId);
    }

    YoungPerson changeable(CurrentUser user, String youngPersonId) {
        requireWorker(user);
        return network.changeable(user, youngPersonId);
    }

    /** The printed plan: workers on the caseload, and the young person themself. */
    YoungPerson planReader(CurrentUser user, String youngPersonId) {
        return network.readable(user, youngPersonId);
    }

    /** 404 unless the person is in the young person's network. */
    void requireInNetwork(String youngPersonId, String personId) {
        network.connected(youngPersonId, personId);
    }

    static void requireWorker(CurrentUser user) {
        if (!(user.isAdmin() || user.is(Role.COORDINATOR) || user.is(Role.SOCIAL_WORKER))) {
            throw new ForbiddenException("Only workers on the young person's caseload see this");
        }
    }
}
