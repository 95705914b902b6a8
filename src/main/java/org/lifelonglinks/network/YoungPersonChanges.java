package org.lifelonglinks.network;

import java.time.LocalDate;

/** The body of {@code PATCH /api/young-people/{id}}: fields left out stay as they are. */
public record YoungPersonChanges(String givenName, String familyName, LocalDate dateOfBirth, String localId,
        String area, WorkStatus status, LocalDate referralDate) {

    YoungPersonDetails applyTo(YoungPersonDetails current) {
        return new YoungPersonDetails(
                givenName != null ? givenName : current.givenName(),
                familyName != null ? familyName : current.familyName(),
                dateOfBirth != null ? dateOfBirth : current.dateOfBirth(),
                localId != null ? localId : current.localId(),
                area != null ? area : current.area(),
                status != null ? status : current.status(),
                referralDate != null ? referralDate : current.referralDate());
    }
}
