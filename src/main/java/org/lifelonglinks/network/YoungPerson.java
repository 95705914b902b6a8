package org.lifelonglinks.network;

import java.time.LocalDate;
import java.util.List;

/**
 * A young person's record as the API shows it.
 *
 * @param coordinators   usernames of the coordinators assigned
 * @param socialWorkers  usernames of the social workers assigned
 * @param version        incremented by every change to the record; a change based on an older one is refused (412)
 */
public record YoungPerson(String id, String givenName, String familyName, LocalDate dateOfBirth, String localId,
        String area, WorkStatus status, LocalDate referralDate, List<String> coordinators,
        List<String> socialWorkers, long version) {

    /** A young person not read from the graph (a chart's projection, a family tree before import): version 0. */
    public YoungPerson(String id, String givenName, String familyName, LocalDate dateOfBirth, String localId,
            String area, WorkStatus status, LocalDate referralDate, List<String> coordinators,
            List<String> socialWorkers) {
        this(id, givenName, familyName, dateOfBirth, localId, area, status, referralDate, coordinators,
                socialWorkers, 0);
    }

    YoungPersonDetails details() {
        return new YoungPersonDetails(givenName, familyName, dateOfBirth, localId, area, status, referralDate);
    }
}
