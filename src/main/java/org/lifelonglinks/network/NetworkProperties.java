package org.lifelonglinks.network;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the network module.
 *
 * @param areas the area teams a young person can belong to ({@code lifelinks.network.areas})
 */
@ConfigurationProperties("lifelinks.network")
record NetworkProperties(List<String> areas) {

    NetworkProperties {
        areas = areas == null || areas.isEmpty()
                ? List.of("central", "east", "north", "south", "west")
                : areas.stream().map(a -> a.strip().toLowerCase()).toList();
    }
}
