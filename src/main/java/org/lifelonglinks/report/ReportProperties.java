package org.lifelonglinks.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the report.
 *
 * @param suppressionThreshold counts from 1 to this are shown as "c" in breakdowns
 *                             ({@code lifelinks.report.suppression-threshold}, default 5)
 */
@ConfigurationProperties("lifelinks.report")
record ReportProperties(Integer suppressionThreshold) {

    ReportProperties {
        suppressionThreshold = suppressionThreshold == null ? 5 : suppressionThreshold;
        if (suppressionThreshold < 0) {
            throw new IllegalArgumentException("lifelinks.report.suppression-threshold must not be negative");
        }
    }
}
