package org.lifelonglinks.report;

import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;

/** The report's period and filters, checked. */
record ReportQuery(LocalDate from, LocalDate to, String area, AgeBand ageBand) {

    static ReportQuery of(LocalDate from, LocalDate to, String area, String ageBand, List<String> areas) {
        if (from == null) {
            throw new MissingFieldException("from");
        }
        if (to == null) {
            throw new MissingFieldException("to");
        }
        if (from.isAfter(to)) {
            throw new InvalidFieldException("to", "the period ends (" + to + ") before it starts (" + from + ")");
        }
        String tidyArea = area == null || area.isBlank() ? null : area.strip().toLowerCase();
        if (tidyArea != null && !areas.contains(tidyArea)) {
            throw new InvalidFieldException("area", "area '" + area + "' is not one of the area teams " + areas);
        }
        var band = ageBand == null || ageBand.isBlank() ? null : AgeBand.parse(ageBand.strip());
        return new ReportQuery(from, to, tidyArea, band);
    }

    String describe() {
        return "from=" + from + " to=" + to + (area == null ? "" : " area=" + area)
                + (ageBand == null ? "" : " ageBand=" + ageBand.label());
    }
}
