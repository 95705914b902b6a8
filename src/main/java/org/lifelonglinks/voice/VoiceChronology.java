package org.lifelonglinks.voice;

import java.util.ArrayList;
import java.util.List;
import org.lifelonglinks.casework.ChronologyEntry;
import org.lifelonglinks.casework.ChronologySource;
import org.springframework.stereotype.Component;

/** The young person's messages, "I don't feel safe", their suggestions and ratings, in their chronology. */
@Component
class VoiceChronology implements ChronologySource {

    private final VoiceRepository repository;

    VoiceChronology(VoiceRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<ChronologyEntry> entries(String youngPersonId) {
        var entries = new ArrayList<ChronologyEntry>();
        for (var n : repository.allSaid(youngPersonId)) {
            var date = VoiceRepository.dateOf(n, "saidOn");
            String id = n.get("id").asString();
            if (n.hasLabel("OwnMessage")) {
                boolean theirs = n.get("fromYoungPerson").asBoolean();
                entries.add(new ChronologyEntry(date, "MESSAGE", (theirs ? "Message from the young person: "
                        : "Message to the young person from " + n.get("authorName").asString() + ": ")
                        + n.get("text").asString(), null, null, n.get("author").asString(null), id));
            } else if (n.hasLabel("UnsafeAlert")) {
                entries.add(new ChronologyEntry(date, "YOUNG_PERSON", "The young person said they do not feel safe"
                        + (n.get("words").isNull() ? "" : ": " + n.get("words").asString()), null, null,
                        n.get("author").asString(null), id));
            } else if (n.hasLabel("OwnSuggestion")) {
                entries.add(new ChronologyEntry(date, "YOUNG_PERSON", "The young person told us about someone: "
                        + n.get("name").asString() + (n.get("relation").isNull() ? ""
                        : " (" + n.get("relation").asString() + ")"), null, null, null, id));
            } else if (n.hasLabel("OwnFamilyKnowledge")) {
                entries.add(new ChronologyEntry(date, "YOUNG_PERSON", "The young person rated how much they know "
                        + "about their family: " + n.get("rating").asInt() + " of 5", null, null, null, id));
            }
        }
        return entries;
    }
}
