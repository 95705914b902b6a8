package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;

class TransactionMemoryTests {

    @Test
    void aTransactionOverItsMemoryIsRefusedAsTooLargeNamingTheFile() {
        for (String code : new String[] {"Neo.TransientError.General.TransactionOutOfMemoryError",
                "Neo.TransientError.General.MemoryPoolOutOfMemoryError"}) {
            assertThatThrownBy(() -> TransactionMemory.within("file", "split it", () -> {
                throw new TransientException(code, "The allocation of an extra 2.0 MiB would use more than the limit");
            })).isInstanceOf(TooLargeException.class).hasMessage("split it")
                    .satisfies(e -> assertThat(((TooLargeException) e).field()).isEqualTo("file"));
        }
    }

    @Test
    void anyOtherTransientErrorIsLeftForTheDriverToRetry() {
        var deadlock = new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
        assertThatThrownBy(() -> TransactionMemory.within("file", "split it", () -> {
            throw deadlock;
        })).isSameAs(deadlock);
        assertThat(TransactionMemory.within("file", "split it", () -> 42)).isEqualTo(42);
    }
}
