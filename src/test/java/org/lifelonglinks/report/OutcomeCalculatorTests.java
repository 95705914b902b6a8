package org.lifelonglinks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifelonglinks.network.Baseline.BROKEN_DOWN;
import static org.lifelonglinks.network.Baseline.LOST_TOUCH;
import static org.lifelonglinks.network.Baseline.NEVER_MET;
import static org.lifelonglinks.network.Baseline.OCCASIONAL;
import static org.lifelonglinks.network.Baseline.REGULAR;
import static org.lifelonglinks.network.Category.COMMUNITY;
import static org.lifelonglinks.network.Category.FAMILY;
import static org.lifelonglinks.network.Category.FORMER_CARER;
import static org.lifelonglinks.network.Category.FRIEND;
import static org.lifelonglinks.network.Category.PROFESSIONAL;
import static org.lifelonglinks.report.Cohorts.MEETING;
import static org.lifelonglinks.report.Cohorts.REFERRAL;
import static org.lifelonglinks.report.Cohorts.call;
import static org.lifelonglinks.report.Cohorts.card;
import static org.lifelonglinks.report.Cohorts.letterFromCoordinator;
import static org.lifelonglinks.report.Cohorts.overnight;
import static org.lifelonglinks.report.Cohorts.youngPerson;
import static org.lifelonglinks.report.Outcome.INCREASED_FAMILY_KNOWLEDGE;
import static org.lifelonglinks.report.Outcome.NEW_DIRECT_CONTACT_WITH_SUPPORTIVE_ADULT;
import static org.lifelonglinks.report.Outcome.OVERNIGHT_STAYS;
import static org.lifelonglinks.report.Outcome.RELATIONSHIP_REPAIRED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each outcome's definition, one fact at a time, from the young person with nothing recorded up. */
class OutcomeCalculatorTests {

    private static final LocalDate AFTER = REFERRAL.plusDays(30);
    private static final LocalDate BEFORE = REFERRAL.minusDays(1);

    @Test
    void aYoungPersonWithNothingRecordedAchievesNothing() {
        assertThat(OutcomeCalculator.achieved(youngPerson().build())).isEmpty();
    }

    @Test
    void aNewDirectContactWithAnAdultAuntCounts() {
        var yp = youngPerson().person(FAMILY, NEVER_MET, 1980, call(AFTER)).build();
        assertThat(OutcomeCalculator.achieved(yp)).containsExactly(NEW_DIRECT_CONTACT_WITH_SUPPORTIVE_ADULT);
    }

    @Test
    void contactBeforeReferralOrIndirectOrByTheCoordinatorDoesNotCount() {
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FAMILY, LOST_TOUCH, 1980, call(BEFORE)).build()))
                .isEmpty();
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FAMILY, LOST_TOUCH, 1980, card(AFTER)).build()))
                .isEmpty();
        assertThat(OutcomeCalculator.achieved(youngPerson()
                .person(FAMILY, LOST_TOUCH, 1980, letterFromCoordinator(AFTER)).build())).isEmpty();
    }

    @Test
    void professionalsChildrenAndDoNotContactPeopleAreNotSupportiveAdults() {
        assertThat(OutcomeCalculator.achieved(youngPerson().person(PROFESSIONAL, NEVER_MET, 1980, call(AFTER))
                .build())).doesNotContain(NEW_DIRECT_CONTACT_WITH_SUPPORTIVE_ADULT);
        // Born 2007: 17 on the day of the call in 2025 by year of birth.
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FRIEND, NEVER_MET, 2008, call(AFTER)).build()))
                .isEmpty();
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FRIEND, NEVER_MET, 2007, call(AFTER)).build()))
                .containsExactly(NEW_DIRECT_CONTACT_WITH_SUPPORTIVE_ADULT);
        assertThat(OutcomeCalculator.achieved(youngPerson()
                .person(FAMILY, NEVER_MET, 1980, "ACTIVE", null, true, call(AFTER)).build()))
                .doesNotContain(NEW_DIRECT_CONTACT_WITH_SUPPORTIVE_ADULT);
    }

    @Test
    void anAgeUnknownCountsAsAdultOnlyForAFormerCarer() {
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FORMER_CARER, NEVER_MET, null, call(AFTER))
                .build())).contains(NEW_DIRECT_CONTACT_WITH_SUPPORTIVE_ADULT);
        assertThat(OutcomeCalculator.achieved(youngPerson().person(COMMUNITY, NEVER_MET, null, call(AFTER))
                .build())).doesNotContain(NEW_DIRECT_CONTACT_WITH_SUPPORTIVE_ADULT);
    }

    @Test
    void someoneAlreadyInTouchAtReferralIsNotANewContact() {
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FAMILY, REGULAR, 1980, call(AFTER)).build()))
                .isEmpty();
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FAMILY, OCCASIONAL, 1980, call(AFTER)).build()))
                .isEmpty();
    }

    @Test
    void aRelationshipRepairedIsLostOrBrokenAtReferralWithDirectContactSinceWhoeverItIsWith() {
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FORMER_CARER, BROKEN_DOWN, 1970, call(AFTER))
                .build())).containsExactlyInAnyOrder(RELATIONSHIP_REPAIRED, NEW_DIRECT_CONTACT_WITH_SUPPORTIVE_ADULT);
        // A sibling of 12 is no supportive adult, but the relationship is repaired.
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FAMILY, LOST_TOUCH, 2013, call(AFTER)).build()))
                .containsExactly(RELATIONSHIP_REPAIRED);
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FAMILY, NEVER_MET, 2013, call(AFTER)).build()))
                .isEmpty();
    }

    @Test
    void overnightStaysCountWithFamilyOrSupportiveAdultsWhenNoneHappenedAtReferral() {
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FAMILY, REGULAR, 2013, overnight(AFTER))
                .build())).containsExactly(OVERNIGHT_STAYS);
        assertThat(OutcomeCalculator.achieved(youngPerson().overnightStaysAtReferral()
                .person(FAMILY, REGULAR, 1980, overnight(AFTER)).build())).isEmpty();
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FRIEND, REGULAR, 2012, overnight(AFTER))
                .build())).isEmpty();
        assertThat(OutcomeCalculator.achieved(youngPerson().person(FAMILY, REGULAR, 1980, overnight(BEFORE))
                .build())).isEmpty();
    }

    @Test
    void familyKnowledgeMustRiseAboveTheReferralRating() {
        assertThat(OutcomeCalculator.achieved(youngPerson().ratings(2, 3).build()))
                .containsExactly(INCREASED_FAMILY_KNOWLEDGE);
        assertThat(OutcomeCalculator.achieved(youngPerson().ratings(3, 3).build())).isEmpty();
        assertThat(OutcomeCalculator.achieved(youngPerson().ratings(null, 5).build())).isEmpty();
        assertThat(OutcomeCalculator.achieved(youngPerson().ratings(2, null).build())).isEmpty();
    }

    @Test
    void perYoungPersonCountsFollowTheirDefinitions() {
        var yp = youngPerson()
                .person(FAMILY, REGULAR, 1980, "ACTIVE", REFERRAL, false)
                .person(FAMILY, LOST_TOUCH, 1980, "ACTIVE", AFTER, false, call(AFTER))
                .person(FAMILY, NEVER_MET, 1980, "SEARCHING", null, false)
                .person(FAMILY, OCCASIONAL, 1980, "ENDED", null, false)
                .person(FAMILY, NEVER_MET, 1980, "NOT_SAFE", null, true, call(AFTER))
                .build();
        assertThat(OutcomeCalculator.peopleIdentified(yp)).isEqualTo(5);
        assertThat(OutcomeCalculator.peopleContacted(yp)).isEqualTo(2);
        assertThat(OutcomeCalculator.networkSizeAtReferral(yp)).isEqualTo(2);
        assertThat(OutcomeCalculator.networkSizeNow(yp)).isEqualTo(2);
        assertThat(OutcomeCalculator.daysFromReferralToMeeting(yp)).isEqualTo(90);
    }

    @Test
    void meansAndMediansOfOddAndEvenCohorts() {
        assertThat(OutcomeCalculator.summarise(List.of(1, 2, 9))).isEqualTo(new OutcomeCalculator.Summary(4.0, 2.0, 3));
        assertThat(OutcomeCalculator.summarise(List.of(4, 1, 3, 2)))
                .isEqualTo(new OutcomeCalculator.Summary(2.5, 2.5, 4));
        assertThat(OutcomeCalculator.summarise(List.of())).isEqualTo(new OutcomeCalculator.Summary(null, null, 0));
    }

    @Test
    void theAgeBandIsTheAgeAtTheMeeting() {
        assertThat(OutcomeCalculator.ageBandAtMeeting(youngPerson().born(MEETING.minusYears(12)).build()))
                .isEqualTo(AgeBand.EARLY_TEENS);
        assertThat(OutcomeCalculator.ageBandAtMeeting(youngPerson().born(MEETING.minusYears(12).plusDays(1))
                .build())).isEqualTo(AgeBand.UNDER_12);
        assertThat(OutcomeCalculator.ageBandAtMeeting(youngPerson().born(MEETING.minusYears(26)).build())).isNull();
    }
}
