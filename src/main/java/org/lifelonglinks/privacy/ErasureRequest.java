package org.lifelonglinks.privacy;

import java.time.Instant;

/** An erasure asked for by a worker and waiting for an administrator's approval. */
public record ErasureRequest(String personId, boolean youngPerson, String requestedBy, Instant requestedAt,
        String reason) {
}
