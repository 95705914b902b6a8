package org.lifelonglinks.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in the integration tests: the system clock, moved forward by an offset a test sets (retention
 * dates, the one-month notice limit) and puts back when it ends. One instance serves the shared service, so a test
 * that moves it must {@link #reset()} it (tests run one at a time).
 */
public final class TestClock extends Clock {

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;

    private TestClock(Clock system) {
        this.system = system;
    }

    /** Moves the service's time forward (or back, with a negative duration). */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        var clock = new TestClock(system.withZone(zone));
        clock.offset = offset;
        return clock;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** Puts the test clock in the service in place of the system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Clock.systemDefaultZone());
        }
    }
}
