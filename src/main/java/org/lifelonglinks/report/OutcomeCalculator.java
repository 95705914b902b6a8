package org.lifelonglinks.report;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.report.CohortFacts.ConnectionFacts;
import org.lifelonglinks.report.CohortFacts.Contact;

/**
 * Decides, for one young person, which outcomes the recorded facts show, and the per-young-person counts; all
 * rules are in {@link Outcome}'s definitions. Pure: no clock, no database.
 */
final class OutcomeCalculator {

    private static final int ADULT_AGE = 18;

    private OutcomeCalculator() {
    }

    static Set<Outcome> achieved(CohortFacts youngPerson) {
        var outcomes = EnumSet.noneOf(Outcome.class);
        for (var connection : youngPerson.connections()) {
            for (var contact : sinceReferral(youngPerson, connection)) {
                boolean supportiveAdult = supportiveAdultOn(connection, contact.date());
                if (contact.direct() && supportiveAdult && !connection.baseline().inTouch()) {
                    outcomes.add(Outcome.NEW_DIRECT_CONTACT_WITH_SUPPORTIVE_ADULT);
                }
                if (contact.direct() && (connection.baseline() == Baseline.LOST_TOUCH
                        || connection.baseline() == Baseline.BROKEN_DOWN)) {
                    outcomes.add(Outcome.RELATIONSHIP_REPAIRED);
                }
                if ("OVERNIGHT_STAY".equals(contact.kind()) && !youngPerson.overnightStaysAtReferral()
                        && (connection.category() == Category.FAMILY || supportiveAdult)) {
                    outcomes.add(Outcome.OVERNIGHT_STAYS);
                }
            }
        }
        for (var outcome : Outcome.values()) {
            var followUp = outcome.followUpMonths() == null ? null : youngPerson.followUps().get(outcome.followUpMonths());
            if (followUp != null && followUp.contactStillHappening()) {
                outcomes.add(outcome);
            }
        }
        if (youngPerson.referralRating() != null && youngPerson.latestReviewRating() != null
                && youngPerson.latestReviewRating() > youngPerson.referralRating()) {
            outcomes.add(Outcome.INCREASED_FAMILY_KNOWLEDGE);
        }
        return outcomes;
    }

    /**
     * Whether the young person is in the outcome's denominator for a report ending on {@code end}: everyone for the
     * cohort's outcomes; for a follow-up outcome, a meeting at least that many months before the end and the
     * follow-up recorded on or before it.
     */
    static boolean counted(Outcome outcome, CohortFacts youngPerson, LocalDate end) {
        var months = outcome.followUpMonths();
        if (months == null) {
            return true;
        }
        var followUp = youngPerson.followUps().get(months);
        return !youngPerson.meetingDate().plusMonths(months).isAfter(end) && followUp != null
                && !followUp.date().isAfter(end);
    }

    static int peopleIdentified(CohortFacts youngPerson) {
        return youngPerson.connections().size();
    }

    static int peopleContacted(CohortFacts youngPerson) {
        return (int) youngPerson.connections().stream().filter(c -> c.reachedOn() != null).count();
    }

    static int networkSizeAtReferral(CohortFacts youngPerson) {
        return (int) youngPerson.connections().stream().filter(c -> c.baseline().inTouch()).count();
    }

    /** In touch now: not ended or unsafe, and in touch at referral or with direct contact since. */
    static int networkSizeNow(CohortFacts youngPerson) {
        return (int) youngPerson.connections().stream()
                .filter(c -> !"ENDED".equals(c.status()) && !"NOT_SAFE".equals(c.status()))
                .filter(c -> c.baseline().inTouch()
                        || sinceReferral(youngPerson, c).stream().anyMatch(Contact::direct))
                .count();
    }

    /** Days from referral to the meeting, or null without a referral date. */
    static Integer daysFromReferralToMeeting(CohortFacts youngPerson) {
        return youngPerson.referralDate() == null ? null
                : (int) ChronoUnit.DAYS.between(youngPerson.referralDate(), youngPerson.meetingDate());
    }

    static AgeBand ageBandAtMeeting(CohortFacts youngPerson) {
        return AgeBand.of(Period.between(youngPerson.dateOfBirth(), youngPerson.meetingDate()).getYears());
    }

    /** The mean and median of a per-young-person count, to one decimal place; null for an empty cohort. */
    static Summary summarise(List<CohortFacts> cohort, ToIntFunction<CohortFacts> measure) {
        return summarise(cohort.stream().mapToInt(measure).boxed().toList());
    }

    static Summary summarise(List<Integer> values) {
        if (values.isEmpty()) {
            return new Summary(null, null, 0);
        }
        var sorted = values.stream().sorted().toList();
        double mean = sorted.stream().mapToInt(Integer::intValue).average().orElseThrow();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return new Summary(round(mean), round(median), n);
    }

    /** Mean and median over {@code n} young people. */
    record Summary(Double mean, Double median, int n) {
    }

    private static List<Contact> sinceReferral(CohortFacts youngPerson, ConnectionFacts connection) {
        return connection.contacts().stream()
                .filter(c -> youngPerson.referralDate() == null || !c.date().isBefore(youngPerson.referralDate()))
                .toList();
    }

    private static boolean supportiveAdultOn(ConnectionFacts connection, LocalDate day) {
        if (connection.category() == Category.PROFESSIONAL || connection.doNotContact()) {
            return false;
        }
        if (connection.personDateOfBirth() != null) {
            return Period.between(connection.personDateOfBirth(), day).getYears() >= ADULT_AGE;
        }
        if (connection.personBirthYear() != null) {
            return day.getYear() - connection.personBirthYear() >= ADULT_AGE;
        }
        return connection.category() == Category.FORMER_CARER;
    }


    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
