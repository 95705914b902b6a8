package org.lifelonglinks.tracing;

import java.util.List;
import java.util.Objects;

/**
 * One possible match for a trace query.
 *
 * @param record  the matched person; check {@link TraceRecord#doNotContact()} before any contact
 * @param score   the sum of field-by-field evidence weights (log-likelihood style, in bits); higher is better.
 *                Comparable across the candidates of one query; not a probability, and not comparable across
 *                queries that give different fields
 * @param reasons the evidence in plain words, strongest first, e.g. "surname sounds like Smith"
 */
public record TraceCandidate(TraceRecord record, double score, List<String> reasons) {

    public TraceCandidate {
        Objects.requireNonNull(record, "record");
        reasons = List.copyOf(reasons);
    }
}
