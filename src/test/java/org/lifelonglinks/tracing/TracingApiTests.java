package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TracingApiTests {

    private static final List<Class<?>> PUBLIC_TYPES = List.of(TraceRecord.class, TraceQuery.class,
            TraceCandidate.class, TraceBands.class, TraceBands.Band.class, TracingIndex.class, DirectoryCsvImporter.class,
            DirectoryCsvImporter.ImportResult.class, DirectoryCsvImporter.RowError.class, NameTables.class,
            CorruptTracingIndexException.class, InvalidDirectoryCsvException.class);

    @Test
    void publicApiNeverShowsLuceneTypes() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : PUBLIC_TYPES) {
            for (Method method : type.getMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    check(leaks, method.toGenericString());
                }
            }
            for (Constructor<?> constructor : type.getConstructors()) {
                check(leaks, constructor.toGenericString());
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void onlyTheApiIsPublic() {
        assertThat(PUBLIC_TYPES).allMatch(type -> Modifier.isPublic(type.getModifiers()));
        assertThat(List.of(CandidateScorer.class, NameMatcher.class, DateMatcher.class, CandidateRetrieval.class,
                RecordDocuments.class, NameNormaliser.class, ReasonWriter.class))
                .noneMatch(type -> Modifier.isPublic(type.getModifiers()));
    }

    private static void check(List<String> leaks, String signature) {
        if (signature.contains("org.apache.lucene")) {
            leaks.add(signature);
        }
    }
}
