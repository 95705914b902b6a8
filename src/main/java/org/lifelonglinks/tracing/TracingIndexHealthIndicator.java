package org.lifelonglinks.tracing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: the search index can be written and searched. Without it a coordinator's new person would not be
 * findable, so an instance with a broken index should take no traffic until it is rebuilt.
 */
@Component
class TracingIndexHealthIndicator implements HealthIndicator {

    private final TracingIndex index;

    TracingIndexHealthIndicator(TracingIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        if (!index.isHealthy()) {
            return Health.down().withDetail("index", "closed after a write failure: rebuild it").build();
        }
        return Health.up().withDetail("records", index.count()).build();
    }
}
