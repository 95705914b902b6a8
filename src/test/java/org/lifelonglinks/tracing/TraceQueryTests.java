package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TraceQueryTests {

    @Test
    void requiresAtLeastOneName() {
        assertThatThrownBy(() -> TraceQuery.byName(" ", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("givenName or familyName");
    }

    @Test
    void defaultsTheLimitAndCapsIt() {
        assertThat(TraceQuery.byName("Ada", null).limit()).isEqualTo(10);
        assertThatThrownBy(() -> TraceQuery.byName("Ada", null).withLimit(101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }

    @Test
    void refusesARangeWithoutAYear() {
        assertThatThrownBy(() -> new TraceQuery("Ada", null, null, null, 2, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("birthYearRange");
    }

    @Test
    void refusesAYearThatDisagreesWithTheDate() {
        assertThatThrownBy(() -> new TraceQuery("Ada", null, LocalDate.of(1980, 1, 1), 1981, null, null, null, null,
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("birthYear");
    }
}
