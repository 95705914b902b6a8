package org.lifelonglinks.network;

import java.time.LocalDate;
import java.util.List;

/**
 * A young person's record as the API shows it.
 *
 * @param coordinators   usernames of the coordinators assigned
 * @param socialWorkers  usernames of the social workers assigned
 */
public record YoungPerson(String id, String givenName, String familyName, LocalDate dateOfBirth, String localId,
        String area, WorkStatus status, LocalDate referralDate, List<String> coordinators,
        List<String> socialWorkers) {

    YoungPersonDetails details() {
        return new YoungPersonDetails(givenName, familyName, dateOfBirth, localId, area, status, referralDate);
    }
}
