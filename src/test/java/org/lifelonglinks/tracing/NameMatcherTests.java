package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NameMatcherTests {

    private static NameMatcher matcher;

    @BeforeAll
    static void load() {
        matcher = new NameMatcher(NameTables.loadDefault());
    }

    @Test
    void anInitialAgreesOnlyWithNamesThatStartWithItAndWeighsAsAnInitial() {
        assertThat(level("J", "Julia", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatch.Level.INITIAL);
        assertThat(level("Julia", "J.", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatch.Level.INITIAL);
        assertThat(level("J.", "j", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatch.Level.EXACT);
        assertThat(level("J", "Mary", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatch.Level.NONE);
        assertThat(level("I", "Ia", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatch.Level.INITIAL);
        assertThat(matcher.weight("J.", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatcher.INITIAL_WEIGHT);
        assertThat(matcher.weight("Julia", NameMatcher.NameKind.GIVEN)).isGreaterThan(NameMatcher.INITIAL_WEIGHT);
    }

    @Test
    void sameNameInAnotherCaseOrWithAccentsIsExact() {
        assertThat(level("Zoë", "ZOE", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatch.Level.EXACT);
        assertThat(level("O'Brien", "obrien", NameMatcher.NameKind.SURNAME)).isEqualTo(NameMatch.Level.EXACT);
    }

    @Test
    void nicknamesWorkBothWays() {
        assertThat(level("Kate", "Katherine", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatch.Level.VARIANT);
        assertThat(level("Katherine", "Kate", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatch.Level.VARIANT);
        assertThat(level("Bill", "William", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatch.Level.VARIANT);
    }

    @Test
    void surnameVariantsComeFromTheTables() {
        assertThat(level("Smith", "Smyth", NameMatcher.NameKind.SURNAME)).isEqualTo(NameMatch.Level.VARIANT);
    }

    @Test
    void oneTypingErrorIsATypo() {
        assertThat(level("Jonh", "John", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatch.Level.TYPO);
    }

    @Test
    void unrelatedNamesDoNotMatch() {
        assertThat(level("Ptolemy", "Gwendolyn", NameMatcher.NameKind.GIVEN)).isEqualTo(NameMatch.Level.NONE);
    }

    private static NameMatch.Level level(String query, String record, NameMatcher.NameKind kind) {
        return matcher.compare(query, record, kind).level();
    }
}
