package org.lifelonglinks.report;

import java.time.LocalDate;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' outcome report, as JSON or (with {@code Accept: text/csv}) as CSV. */
@RestController
class OutcomeReportController {

    private final OutcomeReportService reports;

    OutcomeReportController(OutcomeReportService reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/reports/outcomes", produces = "application/json")
    OutcomeReport json(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String area, @RequestParam(required = false) String ageBand,
            Authentication authentication) {
        return reports.report(CurrentUser.of(authentication), from, to, area, ageBand);
    }

    @GetMapping(path = "/api/reports/outcomes", produces = "text/csv")
    org.springframework.http.ResponseEntity<String> csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String area, @RequestParam(required = false) String ageBand,
            Authentication authentication) {
        var report = reports.report(CurrentUser.of(authentication), from, to, area, ageBand);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType("text", "csv",
                        java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"outcomes-" + from + "-to-" + to + ".csv\"")
                .body(OutcomeCsv.write(report));
    }
}
