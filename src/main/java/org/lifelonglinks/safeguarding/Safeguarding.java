package org.lifelonglinks.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.lifelonglinks.network.ContactNow;
import org.springframework.stereotype.Service;

/**
 * The single owner of "who in this network may be contacted and what the young person may see, today". Every
 * reader (the young person's views, the printed plan, analysis, charts, exports, tracing's do-not-contact flag,
 * the outcome report) asks here; decisions are evaluated when asked, with the service's clock, so an expiry or a
 * fresh decision takes effect everywhere at once. Its dependencies are required: there is no "nobody is barred"
 * fallback, and a failure to answer fails the request.
 *
 * <p>It answers about a young person's network; whether the asking user may see that network at all is the
 * caller's caseload check, made before asking.
 */
@Service
public class Safeguarding {

    private final SafeguardingRepository facts;
    private final ContactNow contactNow;
    private final Clock clock;

    Safeguarding(SafeguardingRepository facts, ContactNow contactNow, Clock clock) {
        this.facts = Objects.requireNonNull(facts);
        this.contactNow = Objects.requireNonNull(contactNow);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The young person's network as it stands today. */
    public NetworkSafety network(String youngPersonId) {
        var today = LocalDate.now(clock);
        var now = contactNow.now(youngPersonId);
        var byPerson = new HashMap<String, NetworkSafety.Entry>();
        for (var connection : facts.network(youngPersonId)) {
            var situation = now.getOrDefault(connection.personId(), connection.baseline());
            byPerson.put(connection.personId(), new NetworkSafety.Entry(SafetyState.of(connection.current(), today),
                    connection.hidden(), connection.baseline(), situation, connection.underErasure()));
        }
        return new NetworkSafety(youngPersonId, today, byPerson);
    }

    /**
     * Which of these people are barred today in any network they are in: tracing marks them "do not contact" in
     * every result, whoever searches.
     */
    public Set<String> barredAnywhere(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        var today = LocalDate.now(clock);
        return facts.currentDecisionsOf(personIds).entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(d -> SafetyState.of(d, today).barred()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Who is barred today in each of these young people's networks (the outcome report never counts them as
     * supportive adults): an entry for every young person asked about, empty where no one is barred.
     */
    public Map<String, Set<String>> barredIn(Collection<String> youngPersonIds) {
        var today = LocalDate.now(clock);
        var barred = new HashMap<String, Set<String>>();
        youngPersonIds.forEach(id -> barred.put(id, Set.of()));
        if (youngPersonIds.isEmpty()) {
            return barred;
        }
        facts.currentDecisionsIn(youngPersonIds).forEach((youngPersonId, decisions) -> barred.put(youngPersonId,
                decisions.entrySet().stream().filter(e -> SafetyState.of(e.getValue(), today).barred())
                        .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet())));
        return barred;
    }

    /** Every decision about the person in this network, newest first, and where that leaves them today. */
    public SafetyHistory history(String youngPersonId, String personId) {
        List<SafetyDecision> decisions = facts.history(youngPersonId, personId);
        var state = SafetyState.of(decisions.isEmpty() ? null : decisions.getFirst(), LocalDate.now(clock));
        return new SafetyHistory(state, decisions);
    }

    /** Where a person stands today, with every decision behind it, newest first. */
    public record SafetyHistory(SafetyState state, List<SafetyDecision> decisions) {
    }
}
