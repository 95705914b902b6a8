package org.lifelonglinks.system;

import java.util.List;

/**
 * Several problems with one request, found together by {@link FieldProblems}. Its own field and detail are the
 * first problem's, so a client that reads only {@code field} and {@code detail} sees what it saw before. Answered
 * with 400 when every problem is a missing field, otherwise 422, and every problem listed in {@code errors}.
 */
public class FieldProblemsException extends InvalidFieldException {

    private final List<InvalidFieldException> refusals;

    FieldProblemsException(List<InvalidFieldException> refusals) {
        super(refusals.getFirst().field(), refusals.getFirst().getMessage());
        this.refusals = List.copyOf(refusals);
    }

    /** Each problem as it was found, in the order of the request's fields. */
    public List<InvalidFieldException> refusals() {
        return refusals;
    }

    /** Whether every problem is a field left out (400), not a value that breaks a rule (422). */
    public boolean allMissing() {
        return refusals.stream().allMatch(MissingFieldException.class::isInstance);
    }
}
