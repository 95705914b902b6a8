package org.lifelonglinks.network;

/** The body of {@code PATCH /api/young-people/{id}/connections/{connectionId}}: fields left out stay as they are. */
public record ConnectionChanges(String relationship, Category category, Wish wish, Source source, Baseline baseline,
        Boolean hiddenFromYoungPerson) {

    ConnectionDetails applyTo(ConnectionDetails current) {
        return new ConnectionDetails(
                relationship != null ? relationship : current.relationship(),
                category != null ? category : current.category(),
                wish != null ? wish : current.wish(),
                source != null ? source : current.source(),
                baseline != null ? baseline : current.baseline(),
                hiddenFromYoungPerson != null ? hiddenFromYoungPerson : current.hiddenFromYoungPerson());
    }
}
