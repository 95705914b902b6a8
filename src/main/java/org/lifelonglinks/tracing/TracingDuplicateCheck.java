package org.lifelonglinks.tracing;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
    private final NameMatcher matcher;
    private final CandidateScorer scorer;
    private final DuplicateRule rule;
    private final int limit;

    TracingDuplicateCheck(TracingIndex index, TraceService traces, NameTables tables, TracingProperties properties) {
        this.index = index;
        this.traces = traces;
        this.matcher = new NameMatcher(tables);
        this.scorer = new CandidateScorer(matcher);
        this.rule = new DuplicateRule(properties.duplicateScore(), properties.strongDuplicateScore());
        this.limit = properties.duplicateLimit();
    }

    /** One person (the add-person warning): one search of the index, among the network people the user may see. */
    @Override
    public List<PossibleDuplicate> possibleDuplicates(CurrentUser user, PersonDetails person) {
        var query = query(person);
        if (query.isEmpty()) {
            return List.of();
        }
        var visible = traces.visibleTo(user);
        var found = index.search(query.get(), record -> record.kind() == TraceRecord.Kind.NETWORK_PERSON
                && visible.test(record));
        return judgedAll(List.of(new Found(scorer.prepare(query.get()), found))).getFirst();
    }

    /**
     * A whole family tree in one pass ({@link DuplicateBlocks}): the network people the user may see are read from
     * the index once and put into blocks by their name and date keys, and each individual is scored only against
     * those sharing the keys the {@link DuplicateRule} needs; the do-not-contact flags are looked up once for all.
     */
    @Override
    public List<List<PossibleDuplicate>> possibleDuplicatesOfEach(CurrentUser user, List<PersonDetails> people) {
        var queries = people.stream().map(this::query).toList();
        if (queries.stream().allMatch(Optional::isEmpty)) {
            return people.stream().map(p -> List.<PossibleDuplicate>of()).toList();
        }
        var blocks = blocksFor(user);
        var stream = queries.size() > 1 ? queries.parallelStream() : queries.stream();
        return judgedAll(stream.map(query -> query
                .map(q -> new Found(scorer.prepare(q), blocks.candidates(q)))
                .orElse(Found.NOTHING)).toList());
    }

    /** The network people the user may see, in blocks. */
    DuplicateBlocks blocksFor(CurrentUser user) {
        // Who the user may see is read once: it selects the pool and still filters what the index gives back.
        var visible = traces.visibleNetworkPeople(user);
        var pool = index.networkPeople(visible).stream().filter(TraceService.visibleAmong(visible)).toList();
        return new DuplicateBlocks(matcher, pool);
    }

    /** Each person's candidates with their do-not-contact flags as they stand now, judged by the rule. */
    private List<List<PossibleDuplicate>> judgedAll(List<Found> found) {
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
