package org.lifelonglinks.audit;

import java.time.Instant;
import org.lifelonglinks.system.InvalidFieldException;

/**
 * Filters for reading the trail; every filter is optional. Entries come newest first.
 *
 * @param youngPersonId only entries about this young person
 * @param personId      only entries about this person
 * @param username      only entries by this user
 * @param action        only this action
 * @param from          only entries at or after this instant
 * @param to            only entries before this instant
 * @param limit         at most this many entries (1 to 1,000; default 100)
 */
public record AuditQuery(String youngPersonId, String personId, String username, String action, Instant from,
        Instant to, Integer limit) {

    public AuditQuery {
        if (limit == null) {
            limit = 100;
        }
        if (limit < 1 || limit > 1000) {
            throw new InvalidFieldException("limit", "limit must be between 1 and 1000");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidFieldException("from", "from must be before to");
        }
    }
}
