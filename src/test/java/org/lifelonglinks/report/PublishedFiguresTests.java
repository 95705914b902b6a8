package org.lifelonglinks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifelonglinks.network.Baseline.LOST_TOUCH;
import static org.lifelonglinks.network.Baseline.NEVER_MET;
import static org.lifelonglinks.network.Baseline.REGULAR;
import static org.lifelonglinks.network.Category.FAMILY;
import static org.lifelonglinks.network.Category.FORMER_CARER;
import static org.lifelonglinks.report.Cohorts.REFERRAL;
import static org.lifelonglinks.report.Cohorts.call;
import static org.lifelonglinks.report.Cohorts.overnight;
import static org.lifelonglinks.report.Cohorts.youngPerson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cohort of ten built to match one council's published results: every young person established direct
 * contact with a supportive adult not previously happening; 60% had relationships repaired (including with
 * former foster carers); a fifth had overnight stays not happening before; 30% knew more about their family
 * history.
 */
class PublishedFiguresTests {

    @Test
    void reproducesThePublishedRates() {
        var cohort = new ArrayList<CohortFacts>();
        LocalDate since = REFERRAL.plusDays(45);
        for (int i = 0; i < 10; i++) {
            var yp = youngPerson().area(i < 7 ? "east" : "west").ratings(2, i < 3 ? 4 : 2).inPlan(2)
                    .person(FAMILY, NEVER_MET, 1975, call(since))
                    .person(FAMILY, REGULAR, 1950, i < 2 ? overnight(since) : call(since));
            if (i < 4) {
                yp.person(FAMILY, LOST_TOUCH, 1982, call(since));
            } else if (i < 6) {
                yp.person(FORMER_CARER, LOST_TOUCH, null, call(since));
            }
            cohort.add(yp.build());
        }

        var report = OutcomeReportBuilder.build(ReportQuery.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30),
                null, null, List.of("east", "west")), cohort, List.of("east", "west"), new Suppression(5));

        assertThat(report.youngPeople()).isEqualTo(10);
        assertThat(report.outcomes()).extracting(OutcomeReport.Rate::measure, OutcomeReport.Rate::count,
                OutcomeReport.Rate::denominator, OutcomeReport.Rate::rate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("newDirectContactWithSupportiveAdult", 10, 10, 1.0),
                org.assertj.core.groups.Tuple.tuple("relationshipRepaired", 6, 10, 0.6),
                org.assertj.core.groups.Tuple.tuple("overnightStays", 2, 10, 0.2),
                org.assertj.core.groups.Tuple.tuple("increasedFamilyKnowledge", 3, 10, 0.3),
                // The published figures have no follow-ups: those rates have nobody to count, and say so.
                org.assertj.core.groups.Tuple.tuple("contactStillHappeningAt6Months", 0, 0, null),
                org.assertj.core.groups.Tuple.tuple("contactStillHappeningAt12Months", 0, 0, null));
        var perYoungPerson = report.perYoungPerson();
        assertThat(perYoungPerson.get(0).measure()).isEqualTo("peopleIdentified");
        assertThat(perYoungPerson.get(0).mean()).isEqualTo(2.6);
        assertThat(perYoungPerson.get(0).median()).isEqualTo(3.0);
        assertThat(perYoungPerson.get(2).mean()).isEqualTo(2.0);
        assertThat(perYoungPerson.get(3).mean()).isEqualTo(1.0);
        assertThat(perYoungPerson.get(4).mean()).isEqualTo(2.6);
        assertThat(perYoungPerson.get(5).median()).isEqualTo(90.0);

        // By area: east 7, west 3. West is a small group, hidden whole, and east with it (else east = 10 - west).
        var byArea = report.breakdowns().getFirst();
        assertThat(byArea.groups()).extracting(OutcomeReport.Group::group, OutcomeReport.Group::youngPeople)
                .contains(org.assertj.core.groups.Tuple.tuple("east", "c"),
                        org.assertj.core.groups.Tuple.tuple("west", "c"));
        assertThat(byArea.groups().getFirst().outcomes().get("overnightStays").count()).isEqualTo("c");
    }
}
