package org.lifelonglinks.report;

import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;

/** What the report needs to know about one young person in the cohort, read from the graph in one go. */
record CohortFacts(String area, LocalDate dateOfBirth, LocalDate referralDate, LocalDate meetingDate,
        Integer referralRating, Integer latestReviewRating, boolean overnightStaysAtReferral,
        int peopleInPlan, List<ConnectionFacts> connections, java.util.Map<Integer, FollowUp> followUps) {

    /** Facts without follow-ups. */
    CohortFacts(String area, LocalDate dateOfBirth, LocalDate referralDate, LocalDate meetingDate,
            Integer referralRating, Integer latestReviewRating, boolean overnightStaysAtReferral,
            int peopleInPlan, List<ConnectionFacts> connections) {
        this(area, dateOfBirth, referralDate, meetingDate, referralRating, latestReviewRating,
                overnightStaysAtReferral, peopleInPlan, connections, java.util.Map.of());
    }

    /**
     * A follow-up (by its months after the meeting: 6 or 12): its date, and whether contact under at least one
     * commitment was still happening (YES or SOMETIMES).
     */
    record FollowUp(LocalDate date, boolean contactStillHappening) {
    }

    /** One connection: who the person is to the young person, where things stood at referral and since. */
    record ConnectionFacts(Category category, Baseline baseline, String status, LocalDate reachedOn,
            boolean doNotContact, LocalDate personDateOfBirth, Integer personBirthYear, List<Contact> contacts) {
    }

    /** A recorded contact: its kind, its date and whether it counts as direct contact. */
    record Contact(String kind, LocalDate date, boolean direct) {
    }
}
