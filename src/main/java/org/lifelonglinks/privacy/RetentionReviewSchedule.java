package org.lifelonglinks.privacy;

import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled retention review: every day (at {@code lifelinks.privacy.review-cron}, 02:30 by default) the records
 * due are counted and the count put in the audit trail as {@code RETENTION_REVIEW_RUN} by {@code system}, so it is
 * on record that the review ran and what it found; the administrator sees the records themselves on the
 * retention page ({@code GET /api/retention/due}). Nothing is erased without an administrator's approval.
 */
@Component
public class RetentionReviewSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionReviewSchedule.class);

    private final DataProtection dataProtection;
    private final AuditTrail audit;

    RetentionReviewSchedule(DataProtection dataProtection, AuditTrail audit) {
        this.dataProtection = dataProtection;
        this.audit = audit;
    }

    /** Runs the review now; answers how many records are due. */
    @Scheduled(cron = "${lifelinks.privacy.review-cron:0 30 2 * * *}")
    public int review() {
        var due = dataProtection.retentionDue();
        int requested = dataProtection.erasureRequests().size();
        audit.append(new AuditEvent("system", "RETENTION_REVIEW_RUN", null, null,
                due.size() + " records due, " + requested + " erasures asked for"));
        if (!due.isEmpty() || requested > 0) {
            log.info("Retention review: {} records due, {} erasures asked for: see /admin/data-protection",
                    due.size(), requested);
        }
        return due.size();
    }
}
