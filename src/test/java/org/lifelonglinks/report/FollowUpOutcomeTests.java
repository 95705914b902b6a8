package org.lifelonglinks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who the follow-up rates count, and when a young person counts as still in contact: at the edges of the dates. */
class FollowUpOutcomeTests {

    private static final LocalDate MEETING = LocalDate.of(2025, 3, 31);

    @Test
    void aYoungPersonCountsFromTheDayTheirMeetingIsSixMonthsOldIfTheFollowUpIsRecordedByTheEnd() {
        var followedUp = youngPerson(Map.of(6, new CohortFacts.FollowUp(LocalDate.of(2025, 9, 30), true)));

        var six = Outcome.CONTACT_STILL_HAPPENING_AT_6_MONTHS;
        assertThat(OutcomeCalculator.counted(six, followedUp, LocalDate.of(2025, 9, 29))).isFalse();
        assertThat(OutcomeCalculator.counted(six, followedUp, LocalDate.of(2025, 9, 30))).isTrue();
        assertThat(OutcomeCalculator.counted(Outcome.CONTACT_STILL_HAPPENING_AT_12_MONTHS, followedUp,
                LocalDate.of(2026, 6, 1))).as("no 12-month follow-up").isFalse();
        assertThat(OutcomeCalculator.counted(six, youngPerson(Map.of()), LocalDate.of(2026, 6, 1)))
                .as("not followed up: counted neither way").isFalse();
        var recordedLate = youngPerson(Map.of(6, new CohortFacts.FollowUp(LocalDate.of(2025, 11, 1), true)));
        assertThat(OutcomeCalculator.counted(six, recordedLate, LocalDate.of(2025, 10, 31)))
                .as("a follow-up after the end of the period").isFalse();
        assertThat(OutcomeCalculator.counted(Outcome.RELATIONSHIP_REPAIRED, youngPerson(Map.of()), MEETING))
                .as("the other outcomes count the whole cohort").isTrue();
    }

    @Test
    void contactStillHappeningIsYesOrSometimesForAtLeastOneCommitment() {
        var happening = youngPerson(Map.of(6, new CohortFacts.FollowUp(MEETING.plusMonths(6), true),
                12, new CohortFacts.FollowUp(MEETING.plusMonths(12), false)));

        assertThat(OutcomeCalculator.achieved(happening)).contains(Outcome.CONTACT_STILL_HAPPENING_AT_6_MONTHS)
                .doesNotContain(Outcome.CONTACT_STILL_HAPPENING_AT_12_MONTHS);
    }

    @Test
    void aBreakdownCellOverFewFollowUpsIsHiddenAndTheHeadlineUsesTheFollowedUpAsDenominator() {
        var cohort = new java.util.ArrayList<CohortFacts>();
        for (int i = 0; i < 8; i++) {
            cohort.add(youngPerson(i < 3 ? Map.of(6, new CohortFacts.FollowUp(MEETING.plusMonths(6), i < 2))
                    : Map.of()));
        }
        var query = ReportQuery.of(MEETING, MEETING.plusMonths(7), null, null, List.of("east"));

        var report = OutcomeReportBuilder.build(query, cohort, List.of("east"), new Suppression(5));

        var six = report.outcomes().stream().filter(r -> r.measure().equals("contactStillHappeningAt6Months"))
                .findFirst().orElseThrow();
        assertThat(six.count()).isEqualTo(2);
        assertThat(six.denominator()).isEqualTo(3);
        var east = report.breakdowns().getFirst().groups().getFirst();
        assertThat(east.youngPeople()).isEqualTo("8");
        assertThat(east.outcomes().get("contactStillHappeningAt6Months").denominator())
                .as("three followed up: a small group").isEqualTo("c");
        assertThat(east.outcomes().get("contactStillHappeningAt6Months").count()).isEqualTo("c");
    }

    private static CohortFacts youngPerson(Map<Integer, CohortFacts.FollowUp> followUps) {
        return new CohortFacts("east", LocalDate.of(2011, 5, 17), MEETING.minusMonths(3), MEETING, null, null, false,
                1, List.of(), followUps);
    }
}
