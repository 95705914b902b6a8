package org.lifelonglinks.network;

import java.time.Instant;

/**
 * A connection between a young person and a person in their network, as the API shows it.
 *
 * @param version incremented by every change to these fields; a change based on an older one is refused (412)
 */
public record Connection(String id, String personId, String relationship, Category category, Wish wish,
        Source source, Baseline baseline, boolean hiddenFromYoungPerson, Instant createdAt, long version) {

    /** A connection not read from the graph (a chart's projection, a family tree before import): version 0. */
    public Connection(String id, String personId, String relationship, Category category, Wish wish, Source source,
            Baseline baseline, boolean hiddenFromYoungPerson, Instant createdAt) {
        this(id, personId, relationship, category, wish, source, baseline, hiddenFromYoungPerson, createdAt, 0);
    }

    ConnectionDetails details() {
        return new ConnectionDetails(relationship, category, wish, source, baseline, hiddenFromYoungPerson);
    }
}
