package org.lifelonglinks.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stage from the facts alone, from a bare referral up; and a task's state from its date. */
class StageRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate REFERRED = LocalDate.of(2026, 1, 10);

    @Test
    void aBareReferralIsReferredSinceItsDate() {
        var stage = StageRule.of(facts(null, null, null, null, null, List.of(), false, null), TODAY);
        assertThat(stage.stage()).isEqualTo(Stage.REFERRED);
        assertThat(stage.since()).isEqualTo(REFERRED);
        assertThat(stage.steps()).hasSize(1);
    }

    @Test
    void theFurthestFactWinsEvenWhenAnEarlierStepHasNoDate() {
        // A plan recorded with no contact on file (someone in touch at referral): the stage is still the plan.
        var stage = StageRule.of(facts(date(2), null, null, date(20), date(21), List.of(), false, null), TODAY);
        assertThat(stage.stage()).isEqualTo(Stage.PLAN);
        assertThat(stage.since()).isEqualTo(date(21));
        assertThat(stage.steps()).extracting(CaseStage.Step::stage).containsExactly(Stage.REFERRED,
                Stage.MAPPING_THE_NETWORK, Stage.MEETING, Stage.PLAN);
    }

    @Test
    void aMeetingArrangedForLaterIsNotYetTheMeetingStage() {
        var stage = StageRule.of(facts(date(2), date(3), date(4), TODAY.plusDays(1), null, List.of(), false, null),
                TODAY);
        assertThat(stage.stage()).isEqualTo(Stage.CONTACT);
        assertThat(stage.since()).isEqualTo(date(4));
        var onTheDay = StageRule.of(facts(date(2), date(3), date(4), TODAY, null, List.of(), false, null), TODAY);
        assertThat(onTheDay.stage()).isEqualTo(Stage.MEETING);
    }

    @Test
    void reviewingCountsFromTheFirstReviewAndClosedFromTheDayItClosed() {
        var reviewing = StageRule.of(facts(date(2), date(3), date(4), date(20), date(21),
                List.of(date(60), date(90)), false, null), TODAY);
        assertThat(reviewing.stage()).isEqualTo(Stage.REVIEWING);
        assertThat(reviewing.since()).isEqualTo(date(60));
        var closed = StageRule.of(facts(date(2), date(3), date(4), date(20), date(21), List.of(date(60)), true,
                date(100)), TODAY);
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.since()).isEqualTo(date(100));
        var closedLongAgo = StageRule.of(facts(null, null, null, null, null, List.of(), true, null), TODAY);
        assertThat(closedLongAgo.stage()).as("closed before the day was kept").isEqualTo(Stage.CLOSED);
        assertThat(closedLongAgo.since()).isNull();
    }

    @Test
    void aTaskIsOverdueTheDayAfterItIsDueAndDueWithinTheDueSoonDays() {
        assertThat(TaskState.of(TODAY, TODAY, 14)).isEqualTo(TaskState.DUE);
        assertThat(TaskState.of(TODAY.minusDays(1), TODAY, 14)).isEqualTo(TaskState.OVERDUE);
        assertThat(TaskState.of(TODAY.plusDays(14), TODAY, 14)).isEqualTo(TaskState.DUE);
        assertThat(TaskState.of(TODAY.plusDays(15), TODAY, 14)).isEqualTo(TaskState.UPCOMING);
        assertThat(TaskState.of(TODAY.plusDays(1), TODAY, 0)).isEqualTo(TaskState.UPCOMING);
    }

    private static LocalDate date(int daysAfterReferral) {
        return REFERRED.plusDays(daysAfterReferral);
    }

    private static CaseFacts facts(LocalDate firstPerson, LocalDate firstTracing, LocalDate firstReached,
            LocalDate meeting, LocalDate plan, List<LocalDate> reviews, boolean closed, LocalDate closedOn) {
        return new CaseFacts("yp", "Robin", "Testbrook", "LL-1", "east", REFERRED, closed, closedOn, firstPerson,
                firstTracing, firstReached, meeting, plan, reviews, List.of(), List.of(), List.of());
    }
}
