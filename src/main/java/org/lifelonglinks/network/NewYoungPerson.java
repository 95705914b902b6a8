package org.lifelonglinks.network;

import java.time.LocalDate;

/** The body of {@code POST /api/young-people}. */
public record NewYoungPerson(String givenName, String familyName, LocalDate dateOfBirth, String localId,
        String area, LocalDate referralDate) {

    YoungPersonDetails toDetails() {
        return new YoungPersonDetails(givenName, familyName, dateOfBirth, localId, area, null, referralDate);
    }
}
