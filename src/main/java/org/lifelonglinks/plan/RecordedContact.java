package org.lifelonglinks.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.ContactNow;
import org.springframework.stereotype.Component;

/**
 * The contact situation now, from the direct contact recorded: two or more contacts in the last 90 days is
 * regular, one or more in the last year occasional. Recorded contact only ever raises the referral baseline:
 * no one logs every call a young person makes to their mum, so silence in the records is not lost touch.
 */
@Component
class RecordedContact implements ContactNow {

    static final int REGULAR_DAYS = 90;
    static final int OCCASIONAL_DAYS = 365;

    private final ContactRepository contacts;
    private final Clock clock;

    RecordedContact(ContactRepository contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public Map<String, Baseline> now(String youngPersonId) {
        return contacts.situationNow(youngPersonId, LocalDate.now(clock));
    }

    static Baseline situation(Baseline atReferral, int directInLast90Days, int directInLastYear) {
        if (directInLast90Days >= 2 || atReferral == Baseline.REGULAR) {
            return Baseline.REGULAR;
        }
        if (directInLastYear >= 1 || atReferral == Baseline.OCCASIONAL) {
            return Baseline.OCCASIONAL;
        }
        return atReferral;
    }
}
