package org.lifelonglinks.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * What is recorded about one young person's work, as the stage and the computed tasks need it: read in one query
 * per caseload by {@link CaseworkRepository}. Dates are null where nothing is recorded yet.
 *
 * @param firstPersonAdded   the day the first person was added to the network
 * @param firstTracing       the date of the first tracing attempt (letter, phone, e-mail, social media, visit,
 *                           through a relative)
 * @param firstReached       the earliest date anyone in the network was first reached
 * @param meetingDate        the Lifelong Links meeting's date (it may lie ahead)
 * @param firstPlanAgreed    the date the first plan version was agreed
 * @param planReviews        the dates of the plan reviews, oldest first
 * @param closedOn           the day the record was closed, when its status is CLOSED
 * @param currentPlan        the current plan version and whether a social worker has approved it, or null
 * @param followUps          the follow-ups recorded ({@code SIX_MONTHS}, {@code TWELVE_MONTHS})
 * @param lastHandover       the latest handover of the case between coordinators, or null
 */
record CaseFacts(String youngPersonId, String givenName, String familyName, String localId, String area,
        LocalDate referralDate, boolean closed, LocalDate closedOn, LocalDate firstPersonAdded,
        LocalDate firstTracing, LocalDate firstReached, LocalDate meetingDate, LocalDate firstPlanAgreed,
        List<LocalDate> planReviews, List<String> coordinators, List<String> socialWorkers,
        List<ConnectionFacts> connections, PlanFacts currentPlan, java.util.Set<String> followUps,
        HandoverFacts lastHandover) {

    /** Facts without a plan approval, follow-ups or handover (as the stage needs them). */
    CaseFacts(String youngPersonId, String givenName, String familyName, String localId, String area,
            LocalDate referralDate, boolean closed, LocalDate closedOn, LocalDate firstPersonAdded,
            LocalDate firstTracing, LocalDate firstReached, LocalDate meetingDate, LocalDate firstPlanAgreed,
            List<LocalDate> planReviews, List<String> coordinators, List<String> socialWorkers,
            List<ConnectionFacts> connections) {
        this(youngPersonId, givenName, familyName, localId, area, referralDate, closed, closedOn, firstPersonAdded,
                firstTracing, firstReached, meetingDate, firstPlanAgreed, planReviews, coordinators, socialWorkers,
                connections, null, java.util.Set.of(), null);
    }

    /** The current plan version: its number, the day it was agreed, whether a social worker approved it. */
    record PlanFacts(int version, LocalDate agreedOn, boolean approved) {
    }

    /** A handover: from whom, to whom (usernames), the giver's name, the day, the note. */
    record HandoverFacts(String from, String fromName, String to, LocalDate on, String note) {
    }

    /**
     * One connection, as the approval task needs it.
     *
     * @param name                 the name workers know the person by
     * @param status               the connection's status (IDENTIFIED … ACTIVE, NOT_SAFE, ENDED)
     * @param inTouchAtReferral    regular or occasional contact at referral: contact with them is not a first contact
     * @param reachedOn            the date they were first reached, if they have been
     * @param referredForSafetyCheck the date of the first tracing attempt whose outcome referred them for a safety check
     */
    record ConnectionFacts(String personId, String name, String status, boolean inTouchAtReferral,
            LocalDate reachedOn, LocalDate referredForSafetyCheck) {
    }

    String name() {
        return givenName + " " + familyName;
    }
}
