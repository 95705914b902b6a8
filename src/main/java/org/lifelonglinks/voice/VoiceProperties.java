package org.lifelonglinks.voice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the young person's voice.
 *
 * @param unsafeTaskEvery a young person's "I don't feel safe" raises urgent tasks at most once in this long (every
 *                        tap is still recorded and audited) ({@code lifelinks.voice.unsafe-task-every}, default
 *                        {@code 30m})
 */
@ConfigurationProperties("lifelinks.voice")
record VoiceProperties(Duration unsafeTaskEvery) {

    VoiceProperties {
        unsafeTaskEvery = unsafeTaskEvery == null ? Duration.ofMinutes(30) : unsafeTaskEvery;
        if (unsafeTaskEvery.isNegative()) {
            throw new IllegalArgumentException("lifelinks.voice.unsafe-task-every must not be negative");
        }
    }
}
