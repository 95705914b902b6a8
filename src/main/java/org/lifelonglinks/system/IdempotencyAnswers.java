package org.lifelonglinks.system;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * The answers kept for idempotency keys hold what a POST answered (a new person's names, say) for a day. Erasing
 * someone must not leave them there: this forgets every kept answer that names them.
 */
public final class IdempotencyAnswers {

    private IdempotencyAnswers() {
    }

    /** Inside the caller's write transaction, forgets every kept answer whose body mentions one of these ids. */
    public static long forgetMentioningIn(TransactionContext tx, Collection<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return tx.run("""
                        MATCH (k:IdempotencyKey)
                        WHERE k.body IS NOT NULL
                          AND any(id IN $ids WHERE k.body CONTAINS id)
                        DETACH DELETE k
                        RETURN count(*) AS forgotten
                        """, Map.of("ids", List.copyOf(ids)))
                .single().get("forgotten").asLong();
    }
}
