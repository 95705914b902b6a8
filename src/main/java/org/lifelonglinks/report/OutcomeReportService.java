package org.lifelonglinks.report;

import java.time.LocalDate;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.stereotype.Service;

/** Builds the outcome report for a period and audits who asked for which. */
@Service
class OutcomeReportService {

    private final CohortRepository cohorts;
    private final Safeguarding safeguarding;
    private final NetworkAccess network;
    private final ReportProperties properties;
    private final AuditTrail audit;

    OutcomeReportService(CohortRepository cohorts, Safeguarding safeguarding, NetworkAccess network,
            ReportProperties properties, AuditTrail audit) {
        this.cohorts = cohorts;
        this.safeguarding = safeguarding;
        this.network = network;
        this.properties = properties;
        this.audit = audit;
    }

    OutcomeReport report(CurrentUser user, LocalDate from, LocalDate to, String area, String ageBand) {
        var query = ReportQuery.of(from, to, area, ageBand, network.areas());
        var cohort = cohorts.cohort(query, safeguarding::barredIn).stream()
                .filter(yp -> query.ageBand() == null || query.ageBand() == OutcomeCalculator.ageBandAtMeeting(yp))
                .toList();
        audit.append(new AuditEvent(user.username(), "OUTCOME_REPORT_READ", null, null, query.describe()));
        return OutcomeReportBuilder.build(query, cohort, network.areas(),
                new Suppression(properties.suppressionThreshold()));
    }
}
