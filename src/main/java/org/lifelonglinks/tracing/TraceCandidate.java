package org.lifelonglinks.tracing;

import java.util.List;
import java.util.Objects;

/**
 * One possible match for a trace query.
 *
 * @param record          the matched person; check {@link TraceRecord#doNotContact()} before any contact
 * @param score           the sum of field-by-field evidence weights (log-likelihood style, in bits); higher is
 *                        better. Comparable across the candidates of one query; not a probability, and not comparable
 *                        across queries that give different fields
 * @param evidenceFor     what agrees, in plain words, strongest first, e.g. "surname sounds like Smith"
 * @param evidenceAgainst what disagrees, in plain words, strongest last, e.g. "born 1962, 17 years apart"
 */
public record TraceCandidate(TraceRecord record, double score, List<String> evidenceFor,
                             List<String> evidenceAgainst) {

    public TraceCandidate {
        Objects.requireNonNull(record, "record");
        evidenceFor = List.copyOf(evidenceFor);
        evidenceAgainst = List.copyOf(evidenceAgainst);
    }

    /** All the evidence in plain words: what agrees, strongest first, then what disagrees. */
    public List<String> reasons() {
        return java.util.stream.Stream.concat(evidenceFor.stream(), evidenceAgainst.stream()).toList();
    }

    /** The same candidate with its record replaced (e.g. its do-not-contact flag as it stands now). */
    TraceCandidate withRecord(TraceRecord replaced) {
        return new TraceCandidate(replaced, score, evidenceFor, evidenceAgainst);
    }
}
