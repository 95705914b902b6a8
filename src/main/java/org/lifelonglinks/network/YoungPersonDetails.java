package org.lifelonglinks.network;

import java.time.LocalDate;
import org.lifelonglinks.system.FieldProblems;

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
        var problems = new FieldProblems();
        givenName = problems.check(Fields::requiredName, "givenName", givenName);
        familyName = problems.check(Fields::requiredName, "familyName", familyName);
        dateOfBirth = problems.check(Fields::pastDate, "dateOfBirth", problems.required("dateOfBirth", dateOfBirth));
        localId = problems.check(Fields::required, "localId", localId);
        area = problems.check(Fields::required, "area", area);
        area = area == null ? null : area.toLowerCase();
        status = status == null ? WorkStatus.REFERRED : status;
        referralDate = referralDate == null ? LocalDate.now()
                : problems.check(Fields::pastDate, "referralDate", referralDate);
        if (referralDate != null && dateOfBirth != null && referralDate.isBefore(dateOfBirth)) {
            problems.invalid("referralDate", "referralDate is before the date of birth");
        }
        problems.throwIfAny();
    }
}
