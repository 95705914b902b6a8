package org.lifelonglinks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.lifelonglinks.report.OutcomeReport.Average;
import org.lifelonglinks.report.OutcomeReport.Breakdown;
import org.lifelonglinks.report.OutcomeReport.Cell;
import org.lifelonglinks.report.OutcomeReport.Group;
import org.lifelonglinks.report.OutcomeReport.Rate;

/** Turns a cohort's facts into the report: counts, rates, averages and suppressed breakdowns. Pure. */
final class OutcomeReportBuilder {

    static final String COHORT = "Young people whose Lifelong Links meeting is dated within the period (and in "
            + "the area team and age band at the meeting, when given). Every rate uses this cohort as its denominator, except "
            + "the follow-up rates (contact still happening at 6 and 12 months), whose definitions say which young "
            + "people of the cohort they count.";

    private OutcomeReportBuilder() {
    }

    /** Past ten years, the report's figures over time are by year rather than by quarter. */
    private static final int MAX_QUARTERS = 40;

    static OutcomeReport build(ReportQuery query, List<CohortFacts> cohort, List<String> areas,
            Suppression suppression) {
        var achieved = cohort.stream().map(OutcomeCalculator::achieved).toList();
        var outcomes = new ArrayList<Rate>();
        var counted = counted(cohort, query.to());
        for (var outcome : Outcome.values()) {
            var in = counted.get(outcome.ordinal());
            int denominator = in.size();
            int count = (int) in.stream().filter(i -> achieved.get(i).contains(outcome)).count();
            outcomes.add(new Rate(outcome.measure(), outcome.definition(), count, denominator,
                    denominator == 0 ? null : rate(count, denominator)));
        }
        var averages = List.of(
                average("peopleIdentified", "People in the young person's network (every connection recorded).",
                        cohort, OutcomeCalculator::peopleIdentified),
                average("peopleContacted", "People the coordinator reached: a tracing attempt that reached them, "
                        + "or contact recorded with the young person.", cohort, OutcomeCalculator::peopleContacted),
                average("peopleInPlan", "Different people with a commitment in the current plan.", cohort,
                        CohortFacts::peopleInPlan),
                average("networkSizeAtReferral", "People the young person was in regular or occasional contact "
                        + "with at referral.", cohort, OutcomeCalculator::networkSizeAtReferral),
                average("networkSizeNow", "People in touch now: in touch at referral or with direct contact "
                        + "recorded since, and not ended or under do-not-contact.", cohort,
                        OutcomeCalculator::networkSizeNow),
                daysToMeeting(cohort));
        var byArea = breakdown("area", cohort, achieved, counted, areas, CohortFacts::area, suppression);
        var bands = java.util.Arrays.stream(AgeBand.values()).map(AgeBand::label).toList();
        var byAge = breakdown("ageBand", cohort, achieved, counted, bands, yp -> {
            var band = OutcomeCalculator.ageBandAtMeeting(yp);
            return band == null ? null : band.label();
        }, suppression);
        // Over time: the period's quarters (its years, past ten years), suppressed like any breakdown: a quarter is
        // a small group too, and its figures add up to the period's.
        var quarters = periods(query, OutcomeReportBuilder::quarterOf);
        boolean byYears = quarters.size() > MAX_QUARTERS;
        Function<java.time.LocalDate, String> periodOf = byYears ? day -> Integer.toString(day.getYear())
                : OutcomeReportBuilder::quarterOf;
        var byQuarter = breakdown(byYears ? "year" : "quarter", cohort, achieved, counted,
                byYears ? periods(query, periodOf) : quarters,
                yp -> yp.meetingDate() == null ? null : periodOf.apply(yp.meetingDate()), suppression);
        return new OutcomeReport(query.from(), query.to(), query.area(),
                query.ageBand() == null ? null : query.ageBand().label(), cohort.size(), suppression.threshold(),
                outcomes, averages, List.of(byArea, byAge, byQuarter), COHORT, "In breakdowns, counts from 1 to "
                        + suppression.threshold() + " (and counts that leave 1 to " + suppression.threshold()
                        + " without the outcome) are shown as \"c\"; groups of 1 to " + suppression.threshold()
                        + " young people are hidden whole; where one cell alone would be hidden, the next smallest "
                        + "is hidden too, so no hidden count can be worked out from the totals.");
    }

    /** Every period (quarter or year) the report's period touches, oldest first. */
    private static List<String> periods(ReportQuery query, Function<java.time.LocalDate, String> periodOf) {
        var periods = new java.util.LinkedHashSet<String>();
        var last = query.to().withDayOfMonth(1);
        for (var month = query.from().withDayOfMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
            periods.add(periodOf.apply(month));
        }
        return List.copyOf(periods);
    }

    /** "2026-Q2". */
    private static String quarterOf(java.time.LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** For each outcome (by ordinal), the indexes of the young people in its denominator. */
    private static List<Set<Integer>> counted(List<CohortFacts> cohort, java.time.LocalDate end) {
        var result = new ArrayList<Set<Integer>>();
        for (var outcome : Outcome.values()) {
            var in = new java.util.LinkedHashSet<Integer>();
            for (int i = 0; i < cohort.size(); i++) {
                if (OutcomeCalculator.counted(outcome, cohort.get(i), end)) {
                    in.add(i);
                }
            }
            result.add(in);
        }
        return result;
    }

    /**
     * The outcomes by one dimension. A follow-up outcome's cells are over the group's young people counted for it,
     * suppressed by those numbers as well as by the group's size: a small denominator is a small group.
     */
    private static Breakdown breakdown(String dimension, List<CohortFacts> cohort, List<Set<Outcome>> achieved,
            List<Set<Integer>> counted, List<String> groups, Function<CohortFacts, String> groupOf,
            Suppression suppression) {
        var names = new ArrayList<>(groups);
        cohort.stream().map(groupOf).filter(Objects::nonNull).filter(g -> !names.contains(g)).distinct()
                .sorted().forEach(names::add);
        int outcomeCount = Outcome.values().length;
        int[] sizes = new int[names.size()];
        int[][] denominators = new int[outcomeCount][names.size()];
        int[][] counts = new int[outcomeCount][names.size()];
        for (int i = 0; i < cohort.size(); i++) {
            int g = names.indexOf(groupOf.apply(cohort.get(i)));
            if (g < 0) {
                continue;
            }
            sizes[g]++;
            for (var outcome : Outcome.values()) {
                if (counted.get(outcome.ordinal()).contains(i)) {
                    denominators[outcome.ordinal()][g]++;
                    if (achieved.get(i).contains(outcome)) {
                        counts[outcome.ordinal()][g]++;
                    }
                }
            }
        }
        var hidden = suppression.hiddenGroups(sizes);
        var hiddenFor = new ArrayList<Set<Integer>>();
        var suppressed = new ArrayList<Set<Integer>>();
        for (var outcome : Outcome.values()) {
            var of = denominators[outcome.ordinal()];
            var hide = new java.util.HashSet<>(hidden);
            if (outcome.followUpMonths() != null) {
                hide.addAll(suppression.hiddenGroups(of));
            }
            hiddenFor.add(hide);
            suppressed.add(suppression.suppressedCounts(of, counts[outcome.ordinal()], hide));
        }
        var result = new ArrayList<Group>();
        for (int g = 0; g < names.size(); g++) {
            var cells = new LinkedHashMap<String, Cell>();
            for (var outcome : Outcome.values()) {
                int count = counts[outcome.ordinal()][g];
                int denominator = denominators[outcome.ordinal()][g];
                boolean hide = suppressed.get(outcome.ordinal()).contains(g);
                String shownDenominator = hiddenFor.get(outcome.ordinal()).contains(g) ? "c"
                        : Integer.toString(denominator);
                cells.put(outcome.measure(), hide ? new Cell("c", "c", shownDenominator)
                        : new Cell(Integer.toString(count), denominator == 0 ? null : format(rate(count, denominator)),
                                shownDenominator));
            }
            result.add(new Group(names.get(g), hidden.contains(g) ? "c" : Integer.toString(sizes[g]), cells));
        }
        return new Breakdown(dimension, result);
    }

    private static Average average(String measure, String definition, List<CohortFacts> cohort,
            ToIntFunction<CohortFacts> value) {
        var summary = OutcomeCalculator.summarise(cohort, value);
        return new Average(measure, definition, summary.mean(), summary.median(), summary.n());
    }

    private static Average daysToMeeting(List<CohortFacts> cohort) {
        var days = cohort.stream().map(OutcomeCalculator::daysFromReferralToMeeting).filter(Objects::nonNull)
                .toList();
        var summary = OutcomeCalculator.summarise(days);
        return new Average("daysFromReferralToMeeting", "Days from the referral date to the Lifelong Links "
                + "meeting, for young people with a referral date recorded.", summary.mean(), summary.median(),
                summary.n());
    }

    static double rate(int count, int denominator) {
        return Math.round(1000.0 * count / denominator) / 1000.0;
    }

    private static String format(double rate) {
        return String.format(java.util.Locale.ROOT, "%.3f", rate);
    }
}
