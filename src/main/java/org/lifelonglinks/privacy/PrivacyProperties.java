package org.lifelonglinks.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retention and notice periods ({@code lifelinks.privacy.*}), one per category of record.
 *
 * @param youngPersonRecord how long after birth a young person's record is kept (the 75th birthday: {@code P75Y})
 * @param noRemainingPurpose how long a person marked as the wrong person or as having declined is kept from the day
 *                           they were marked ({@code P6M}), unless kept for safety
 * @param noticeWithin       the time to tell a person traced from outside the network ({@code P1M}, Article 14)
 * @param noticeWarning      how close to that limit a person is listed as approaching it ({@code P7D})
 */
@ConfigurationProperties("lifelinks.privacy")
public record PrivacyProperties(Period youngPersonRecord, Period noRemainingPurpose, Period noticeWithin,
        Period noticeWarning) {

    public PrivacyProperties {
        youngPersonRecord = youngPersonRecord == null ? Period.ofYears(75) : youngPersonRecord;
        noRemainingPurpose = noRemainingPurpose == null ? Period.ofMonths(6) : noRemainingPurpose;
        noticeWithin = noticeWithin == null ? Period.ofMonths(1) : noticeWithin;
        noticeWarning = noticeWarning == null ? Period.ofDays(7) : noticeWarning;
    }
}
