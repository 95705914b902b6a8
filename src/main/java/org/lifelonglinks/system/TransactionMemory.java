package org.lifelonglinks.system;

import java.util.function.Supplier;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * An import is one transaction, held in the database's memory until it commits. When a file needs more than the
 * database allows a transaction (or all of them together), Neo4j refuses with a transient error, which the driver
 * would retry for minutes and the caller would then answer as a server error. This turns it into a 413 at once.
 */
public final class TransactionMemory {

    private TransactionMemory() {
    }

    /** Runs one step of an import; a refusal for memory becomes {@link TooLargeException} naming {@code field}. */
    public static <T> T within(String field, String detail, Supplier<T> step) {
        try {
            return step.get();
        } catch (Neo4jException e) {
            if (exceeded(e)) {
                throw new TooLargeException(field, detail);
            }
            throw e;
        }
    }

    /** Whether Neo4j refused because a transaction, or all of them together, would need more memory than allowed. */
    public static boolean exceeded(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return code.endsWith(".TransactionOutOfMemoryError") || code.endsWith(".MemoryPoolOutOfMemoryError");
    }
}
