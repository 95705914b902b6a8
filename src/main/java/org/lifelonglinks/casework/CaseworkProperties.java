package org.lifelonglinks.casework;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the computed tasks.
 *
 * @param planReviewEvery how often the plan is reviewed after the meeting
 *                        ({@code lifelinks.casework.plan-review-every}, default {@code P3M}: every three months)
 * @param dueSoonDays     a task due within this many days is "due" (sooner than that "upcoming"); safety decisions
 *                        reaching their review or expiry date within it become tasks
 *                        ({@code lifelinks.casework.due-soon-days}, default 14)
 * @param approvalDays    the days a social worker has to decide on a first contact waiting for approval before the
 *                        task is overdue ({@code lifelinks.casework.approval-days}, default 10)
 */
@ConfigurationProperties("lifelinks.casework")
record CaseworkProperties(Period planReviewEvery, Integer dueSoonDays, Integer approvalDays) {

    CaseworkProperties {
        planReviewEvery = planReviewEvery == null ? Period.ofMonths(3) : planReviewEvery;
        dueSoonDays = dueSoonDays == null ? 14 : dueSoonDays;
        approvalDays = approvalDays == null ? 10 : approvalDays;
        if (planReviewEvery.isZero() || planReviewEvery.isNegative()) {
            throw new IllegalArgumentException("lifelinks.casework.plan-review-every must be a positive period");
        }
        if (dueSoonDays < 0 || approvalDays < 0) {
            throw new IllegalArgumentException("lifelinks.casework day counts must not be negative");
        }
    }
}
