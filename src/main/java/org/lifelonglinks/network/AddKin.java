package org.lifelonglinks.network;

import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;

/**
 * The body of {@code POST /api/people/{personId}/kin}: "{@code personId} is this person's {@code kind}", e.g.
 * {@code {"personId": "…", "kind": "PARENT", "qualifier": "ADOPTIVE"}} records an adoptive parent.
 *
 * @param qualifier the kind of parent (BIRTH, ADOPTIVE, FOSTER, STEP), partner (CURRENT, FORMER) or sibling
 *                  (FULL, HALF, STEP); the first of each when left out
 */
public record AddKin(String personId, KinKind kind, KinQualifier qualifier) {

    public AddKin {
        if (personId == null || personId.isBlank()) {
            throw new MissingFieldException("personId");
        }
        if (kind == null) {
            throw new MissingFieldException("kind");
        }
        qualifier = qualifier == null ? kind.usual() : qualifier;
        if (!kind.qualifiers().contains(qualifier)) {
            throw new InvalidFieldException("qualifier",
                    "qualifier " + qualifier + " does not apply to " + kind + "; use one of " + kind.qualifiers());
        }
    }
}
