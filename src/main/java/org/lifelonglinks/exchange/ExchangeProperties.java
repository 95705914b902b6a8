package org.lifelonglinks.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of imports and exports.
 *
 * @param maxGedcomMegabytes the largest GEDCOM file accepted ({@code lifelinks.exchange.max-gedcom-megabytes},
 *                           default 20)
 * @param mergeScore         the tracing score from which someone already recorded is taken to be the same
 *                           person and merged (default 25 bits; weaker matches are left to the coordinator)
 */
@ConfigurationProperties("lifelinks.exchange")
record ExchangeProperties(Integer maxGedcomMegabytes, Double mergeScore) {

    ExchangeProperties {
        maxGedcomMegabytes = maxGedcomMegabytes == null ? 20 : maxGedcomMegabytes;
        mergeScore = mergeScore == null ? 25.0 : mergeScore;
    }
}
