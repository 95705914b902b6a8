package org.lifelonglinks.network;

import java.time.Instant;

/** A connection between a young person and a person in their network, as the API shows it. */
public record Connection(String id, String personId, String relationship, Category category, Wish wish,
        Source source, Baseline baseline, boolean hiddenFromYoungPerson, Instant createdAt) {

    ConnectionDetails details() {
        return new ConnectionDetails(relationship, category, wish, source, baseline, hiddenFromYoungPerson);
    }
}
