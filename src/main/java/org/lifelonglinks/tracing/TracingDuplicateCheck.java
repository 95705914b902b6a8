package org.lifelonglinks.tracing;

import java.util.List;
import org.lifelonglinks.network.DuplicateCheck;
import org.lifelonglinks.network.PersonDetails;
import org.lifelonglinks.network.PossibleDuplicate;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Warns a coordinator adding someone who may already be recorded in a network they can see. */
@Component
class TracingDuplicateCheck implements DuplicateCheck {

    private final TracingIndex index;
    private final TraceService traces;
    private final TracingProperties properties;

    TracingDuplicateCheck(TracingIndex index, TraceService traces, TracingProperties properties) {
        this.index = index;
        this.traces = traces;
        this.properties = properties;
    }

    @Override
    public List<PossibleDuplicate> possibleDuplicates(CurrentUser user, PersonDetails person) {
        if (!TraceQuery.searchable(person.givenName(), person.familyName())) {
            return List.of();
        }
        var query = new TraceQuery(person.givenName(), person.familyName(), person.dateOfBirth(),
                person.dateOfBirth() == null ? person.birthYear() : null,
                person.dateOfBirth() == null && person.birthYear() != null ? 2 : null,
                person.town(), person.postcode(), null, properties.duplicateLimit());
        var visible = traces.visibleTo(user);
        return index.search(query, record -> record.kind() == TraceRecord.Kind.NETWORK_PERSON && visible.test(record))
                .stream()
                .filter(candidate -> candidate.score() >= properties.duplicateScore())
                .map(candidate -> new PossibleDuplicate(candidate.record().id(), candidate.record().givenName(),
                        candidate.record().familyName(), candidate.record().birthYear(), candidate.record().town(),
                        candidate.score(), candidate.reasons()))
                .toList();
    }
}
