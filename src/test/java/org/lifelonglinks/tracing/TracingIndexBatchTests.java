package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A batch of searches (a family tree's duplicate check) shares one view of the index and expands each fuzzy name
 * once for all: it must find exactly what the same searches find one at a time, in the same order and with the
 * same scores.
 */
class TracingIndexBatchTests extends IntegrationTest {

    @Autowired
    private TracingIndex index;

    @Test
    void searchingManyAtOnceFindsWhatEachSearchFindsAlone() {
        String youngPerson = fixtures.youngPerson();
        String surname = "Batchwell" + unique("").replace("-", "").substring(0, 4).replaceAll("[0-9]", "x");
        fixtures.person(youngPerson, "Margaret", surname, 1950);
        fixtures.person(youngPerson, "Margret", surname, 1951);
        fixtures.person(youngPerson, "Peggy", surname, 1950);
        fixtures.person(youngPerson, "Thomas", surname + "e", 1975);
        fixtures.person(youngPerson, "Tom", "Batchwel", 1976);
        var queries = List.of(
                new TraceQuery("Margaret", surname, null, 1950, 2, null, null, null, 10),
                new TraceQuery("Margarett", surname, null, null, null, null, null, null, 10),
                new TraceQuery("Thomas", surname, null, 1975, 1, "Coventry", null, null, 10),
                new TraceQuery("Tomas", "Batchwell", null, null, null, null, null, "MALE", 5),
                new TraceQuery("Margaret", surname, null, 1950, 2, null, null, null, 10));

        var together = index.searchEach(queries, record -> true);
        var alone = queries.stream().map(query -> index.search(query, record -> true)).toList();

        assertThat(together).hasSize(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            assertThat(summary(together.get(i))).as("query %d", i).isEqualTo(summary(alone.get(i)));
        }
        assertThat(summary(together.getFirst())).as("the search finds the family at all").isNotEmpty();
    }

    private static List<String> summary(List<TraceCandidate> candidates) {
        return candidates.stream().map(c -> c.record().id() + " " + Math.round(c.score() * 1000)).toList();
    }
}
