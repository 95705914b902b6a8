package org.lifelonglinks.report;

import java.util.Locale;

/**
 * The report as CSV, one row per figure: {@code scope,group,measure,count,denominator,rate,mean,median}. Scope
 * is {@code all} for the whole cohort, or the breakdown's dimension ({@code area}, {@code ageBand}, {@code quarter} of the meeting).
 */
final class OutcomeCsv {

    private OutcomeCsv() {
    }

    static String write(OutcomeReport report) {
        var csv = new StringBuilder("scope,group,measure,count,denominator,rate,mean,median\n");
        csv.append("all,,youngPeople,").append(report.youngPeople()).append(",,,,\n");
        for (var rate : report.outcomes()) {
            csv.append("all,,").append(rate.measure()).append(',').append(rate.count()).append(',')
                    .append(rate.denominator()).append(',').append(rate.rate() == null ? "" : format(rate.rate()))
                    .append(",,\n");
        }
        for (var average : report.perYoungPerson()) {
            csv.append("all,,").append(average.measure()).append(",,").append(average.youngPeople()).append(",,")
                    .append(average.mean() == null ? "" : average.mean()).append(',')
                    .append(average.median() == null ? "" : average.median()).append('\n');
        }
        for (var breakdown : report.breakdowns()) {
            for (var group : breakdown.groups()) {
                csv.append(breakdown.dimension()).append(',').append(group.group()).append(",youngPeople,")
                        .append(group.youngPeople()).append(",,,,\n");
                group.outcomes().forEach((measure, cell) -> csv.append(breakdown.dimension()).append(',')
                        .append(group.group()).append(',').append(measure).append(',').append(cell.count())
                        .append(',').append(cell.denominator()).append(',')
                        .append(cell.rate() == null ? "" : cell.rate()).append(",,\n"));
            }
        }
        return csv.toString();
    }

    private static String format(double rate) {
        return String.format(Locale.ROOT, "%.3f", rate);
    }
}
