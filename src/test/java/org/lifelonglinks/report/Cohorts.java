package org.lifelonglinks.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.report.CohortFacts.ConnectionFacts;
import org.lifelonglinks.report.CohortFacts.Contact;

/** Builds young people's facts for the report's unit tests, one fact at a time. */
final class Cohorts {

    static final LocalDate REFERRAL = LocalDate.of(2025, 1, 10);
    static final LocalDate MEETING = LocalDate.of(2025, 4, 10);

    private String area = "east";
    private LocalDate born = LocalDate.of(2010, 6, 1);
    private Integer referralRating;
    private Integer latestRating;
    private boolean overnightAtReferral;
    private int inPlan;
    private final List<ConnectionFacts> connections = new ArrayList<>();

    static Cohorts youngPerson() {
        return new Cohorts();
    }

    Cohorts area(String area) {
        this.area = area;
        return this;
    }

    Cohorts born(LocalDate born) {
        this.born = born;
        return this;
    }

    Cohorts ratings(Integer atReferral, Integer latest) {
        this.referralRating = atReferral;
        this.latestRating = latest;
        return this;
    }

    Cohorts overnightStaysAtReferral() {
        this.overnightAtReferral = true;
        return this;
    }

    Cohorts inPlan(int people) {
        this.inPlan = people;
        return this;
    }

    /** A person born in {@code birthYear} (null: unknown), with contacts of the given kinds on the given dates. */
    Cohorts person(Category category, Baseline baseline, Integer birthYear, String status, LocalDate reachedOn,
            boolean doNotContact, Contact... contacts) {
        connections.add(new ConnectionFacts(category, baseline, status, reachedOn, doNotContact, null, birthYear,
                List.of(contacts)));
        return this;
    }

    Cohorts person(Category category, Baseline baseline, Integer birthYear, Contact... contacts) {
        return person(category, baseline, birthYear, "ACTIVE", null, false, contacts);
    }

    CohortFacts build() {
        return new CohortFacts(area, born, REFERRAL, MEETING, referralRating, latestRating, overnightAtReferral,
                inPlan, List.copyOf(connections));
    }

    static Contact call(LocalDate date) {
        return new Contact("CALL", date, true);
    }

    static Contact overnight(LocalDate date) {
        return new Contact("OVERNIGHT_STAY", date, true);
    }

    static Contact card(LocalDate date) {
        return new Contact("CARD_OR_LETTER", date, false);
    }

    static Contact letterFromCoordinator(LocalDate date) {
        return new Contact("LETTER", date, false);
    }
}
