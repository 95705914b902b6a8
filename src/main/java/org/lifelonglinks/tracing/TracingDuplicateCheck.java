package org.lifelonglinks.tracing;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.lifelonglinks.network.DuplicateCheck;
import org.lifelonglinks.network.PersonDetails;
import org.lifelonglinks.network.PossibleDuplicate;
import org.lifelonglinks.network.Sex;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Warns a coordinator adding someone who may already be recorded in a network they can see. The index finds the
 * candidates as a trace would; each is then judged by the {@link DuplicateRule} on its evidence, which is split
 * into what agrees and what disagrees.
 */
@Component
class TracingDuplicateCheck implements DuplicateCheck {

    // The rule turns some of the index's best candidates away, so it is asked for more than will be shown.
    private static final int CANDIDATES_PER_WARNING = 4;

    private final TracingIndex index;
    private final TraceService traces;
    private final CandidateScorer scorer;
    private final DuplicateRule rule;
    private final int limit;

    TracingDuplicateCheck(TracingIndex index, TraceService traces, NameTables tables, TracingProperties properties) {
        this.index = index;
        this.traces = traces;
        this.scorer = new CandidateScorer(new NameMatcher(tables));
        this.rule = new DuplicateRule(properties.duplicateScore(), properties.strongDuplicateScore());
        this.limit = properties.duplicateLimit();
    }

    @Override
    public List<PossibleDuplicate> possibleDuplicates(CurrentUser user, PersonDetails person) {
        return possibleDuplicatesOfEach(user, List.of(person)).getFirst();
    }

    /**
     * Who the user may see is looked up once for all the people, and the do-not-contact flags once for all their
     * candidates; the index searches share their fuzzy name expansions ({@link TracingIndex#searchEach}).
     */
    @Override
    public List<List<PossibleDuplicate>> possibleDuplicatesOfEach(CurrentUser user, List<PersonDetails> people) {
        var visible = traces.visibleTo(user);
        Predicate<TraceRecord> networkPersonSeen = record -> record.kind() == TraceRecord.Kind.NETWORK_PERSON
                && visible.test(record);
        var queries = people.stream().map(this::query).toList();
        var searched = index.searchEach(queries.stream().flatMap(Optional::stream).toList(), networkPersonSeen)
                .iterator();
        List<Found> found = queries.stream().map(query -> query
                .map(q -> new Found(scorer.prepare(q), searched.next()))
                .orElse(Found.NOTHING)).toList();
        var flagged = new ArrayDeque<>(traces.flagBarred(found.stream()
                .flatMap(f -> f.candidates().stream()).toList()));
        return found.stream().map(f -> f.candidates().stream()
                        .map(unflagged -> flagged.removeFirst())
                        .map(candidate -> judged(candidate.record(), scorer.evidence(f.prepared(), candidate.record())))
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparing(PossibleDuplicate::strength)
                                .thenComparing(Comparator.comparingDouble(PossibleDuplicate::score).reversed()))
                        .limit(limit)
                        .toList())
                .toList();
    }

    /** A person's query prepared for scoring, and what the index found for it. */
    private record Found(CandidateScorer.PreparedQuery prepared, List<TraceCandidate> candidates) {
        static final Found NOTHING = new Found(null, List.of());
    }

    /** The trace query for a person being added; empty when their names hold nothing a name could match. */
    private Optional<TraceQuery> query(PersonDetails person) {
        String given = person.givenName() != null ? person.givenName() : person.knownAs();
        if (given == null && person.familyName() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TraceQuery(given, person.familyName(), person.dateOfBirth(),
                    person.dateOfBirth() == null ? person.birthYear() : null,
                    person.dateOfBirth() == null && person.birthYear() != null ? 2 : null,
                    person.town(), person.postcode(), person.sex() == Sex.UNKNOWN ? null : person.sex().name(),
                    Math.min(TraceQuery.MAX_LIMIT, limit * CANDIDATES_PER_WARNING)));
        } catch (IllegalArgumentException e) {
            // Names of punctuation, digits or invisible characters only: the person can be saved, but matches no one.
            return Optional.empty();
        }
    }

    private Optional<PossibleDuplicate> judged(TraceRecord record, List<Evidence> evidence) {
        return rule.judge(evidence).map(strength -> new PossibleDuplicate(record.id(), record.givenName(),
                record.familyName(), record.birthYear(), record.town(), strength, record.doNotContact(), false,
                evidence.stream().filter(Evidence::isFor).map(Evidence::reason).toList(),
                evidence.reversed().stream().filter(Evidence::isAgainst).map(Evidence::reason).toList(),
                evidence.stream().mapToDouble(Evidence::weight).sum()));
    }
}
