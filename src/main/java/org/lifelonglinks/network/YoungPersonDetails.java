package org.lifelonglinks.network;

import java.time.LocalDate;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;

/**
 * What is recorded about a young person, checked as a whole.
 *
 * @param givenName    given name
 * @param familyName   family name
 * @param dateOfBirth  date of birth, not in the future
 * @param localId      the council's case id, unique in the service
 * @param area         the area team, e.g. {@code central}; one of {@code lifelinks.network.areas}
 * @param status       where the Lifelong Links work has got to; REFERRED when new
 * @param referralDate when the young person was referred; today when not given
 */
public record YoungPersonDetails(String givenName, String familyName, LocalDate dateOfBirth, String localId,
        String area, WorkStatus status, LocalDate referralDate) {

    public YoungPersonDetails {
        givenName = Fields.requiredName("givenName", givenName);
        familyName = Fields.requiredName("familyName", familyName);
        if (dateOfBirth == null) {
            throw new MissingFieldException("dateOfBirth");
        }
        dateOfBirth = Fields.pastDate("dateOfBirth", dateOfBirth);
        localId = Fields.required("localId", localId);
        area = Fields.required("area", area).toLowerCase();
        status = status == null ? WorkStatus.REFERRED : status;
        referralDate = referralDate == null ? LocalDate.now() : Fields.pastDate("referralDate", referralDate);
        if (referralDate.isBefore(dateOfBirth)) {
            throw new InvalidFieldException("referralDate", "referralDate is before the date of birth");
        }
    }
}
