package org.lifelonglinks.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the answers to POSTs with an {@code Idempotency-Key} are remembered.
 *
 * @param keepFor      how long a key and its first answer are kept ({@code lifelinks.idempotency.keep-for}, a day)
 * @param waitFor      how long a repeat waits for the first request with its key to be answered before it is told
 *                     409 ({@code lifelinks.idempotency.wait-for}, 10 seconds)
 * @param abandonAfter after how long a key whose first request never finished (the service stopped mid-way) may be
 *                     used afresh ({@code lifelinks.idempotency.abandon-after}, 10 minutes)
 */
@ConfigurationProperties("lifelinks.idempotency")
record IdempotencyProperties(Duration keepFor, Duration waitFor, Duration abandonAfter) {

    IdempotencyProperties {
        keepFor = keepFor == null ? Duration.ofDays(1) : keepFor;
        waitFor = waitFor == null ? Duration.ofSeconds(10) : waitFor;
        abandonAfter = abandonAfter == null ? Duration.ofMinutes(10) : abandonAfter;
    }
}
