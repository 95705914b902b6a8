package org.lifelonglinks.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The managers' report for the young people whose Lifelong Links meeting falls in the period: outcome rates,
 * per-young-person figures and breakdowns by area and age band, each with its definition. No names, no ids.
 *
 * @param youngPeople the cohort: the denominator of every rate
 */
public record OutcomeReport(LocalDate from, LocalDate to, String area, String ageBand, int youngPeople,
        int suppressionThreshold, List<Rate> outcomes, List<Average> perYoungPerson, List<Breakdown> breakdowns,
        String cohortDefinition, String suppressionRule) {

    /** An outcome: how many of the cohort achieved it; {@code rate} is null for an empty cohort. */
    public record Rate(String measure, String definition, int count, int denominator, Double rate) {
    }

    /** A per-young-person figure over the {@code youngPeople} it applies to. */
    public record Average(String measure, String definition, Double mean, Double median, int youngPeople) {
    }

    /** The outcomes by one dimension (area, age band); counts are strings so suppressed ones can read "c". */
    public record Breakdown(String dimension, List<Group> groups) {
    }

    public record Group(String group, String youngPeople, Map<String, Cell> outcomes) {
    }

    /** One outcome in one group; {@code denominator} is the group's young people counted for it ("c" if hidden). */
    public record Cell(String count, String rate, String denominator) {
    }
}
