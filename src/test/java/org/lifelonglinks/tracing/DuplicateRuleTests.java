package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.network.PossibleDuplicate.Strength;

/** The duplicate rule on evidence from the real scorer and name tables, person by person. */
class DuplicateRuleTests {

    private static final DuplicateRule RULE = new DuplicateRule(10.0, 20.0);
    private static CandidateScorer scorer;

    @BeforeAll
    static void loadTables() {
        scorer = new CandidateScorer(new NameMatcher(NameTables.loadDefault()));
    }

    @Test
    void theSameSurnameAndBirthYearWithADifferentGivenNameIsNotAPossibleDuplicate() {
        var evidence = evidence(TraceQuery.byName("Jordan", "Brackenthwaite").withBirthYear(1980, 2),
                person("Robin", "Brackenthwaite", null, 1980));

        assertThat(score(evidence)).as("enough for the old threshold alone").isGreaterThanOrEqualTo(10.0);
        assertThat(RULE.judge(evidence)).isEmpty();
    }

    @Test
    void kerriSmithIsAPossibleDuplicateOfKerrySmythBornTheSameYear() {
        var evidence = evidence(TraceQuery.byName("Kerri", "Smith").withBirthYear(1980, 2),
                person("Kerry", "Smyth", null, 1980));

        assertThat(RULE.judge(evidence)).contains(Strength.POSSIBLE);
    }

    @Test
    void aGivenNameAndBirthYearWithADifferentSurnameIsNotEnough() {
        var evidence = evidence(TraceQuery.byName("Kerry", "Zarqovitch").withBirthYear(1970, 2),
                person("Kerry", "Quellbrook", null, 1970));

        assertThat(score(evidence)).isGreaterThanOrEqualTo(10.0);
        assertThat(RULE.judge(evidence)).isEmpty();
    }

    @Test
    void aGivenNameAndFullDateOfBirthAreEnoughWhenTheSurnameChanged() {
        var evidence = evidence(TraceQuery.byName("Kerry", "Zarqovitch").withDateOfBirth(LocalDate.of(1970, 3, 14)),
                person("Kerry", "Quellbrook", LocalDate.of(1970, 3, 14), null));

        assertThat(RULE.judge(evidence)).contains(Strength.POSSIBLE);
    }

    @Test
    void aNicknameWithTheSurnameAndBirthYearIsStrong() {
        var evidence = evidence(TraceQuery.byName("Kate", "Brackenthwaite").withBirthYear(1982, 2),
                person("Katherine", "Brackenthwaite", null, 1982));

        assertThat(RULE.judge(evidence)).contains(Strength.STRONG);
    }

    @Test
    void aDifferentDateOfBirthKeepsAnOtherwiseStrongMatchPossible() {
        var query = TraceQuery.byName("Sasha", "Zarqovitch").withDateOfBirth(LocalDate.of(1970, 3, 14));
        var agreeing = evidence(query, person("Sasha", "Zarqovitch", LocalDate.of(1970, 3, 14), null));
        var disagreeing = evidence(query, person("Sasha", "Zarqovitch", LocalDate.of(1962, 7, 1), null));

        assertThat(RULE.judge(agreeing)).contains(Strength.STRONG);
        assertThat(score(disagreeing)).as("strong by score alone").isGreaterThanOrEqualTo(20.0);
        assertThat(RULE.judge(disagreeing)).contains(Strength.POSSIBLE);
    }

    @Test
    void anotherTownDoesNotWeakenAStrongMatch() {
        var evidence = evidence(TraceQuery.byName("Sasha", "Zarqovitch").withBirthYear(1970, 2)
                        .withPlace("Coventry", null),
                person("Sasha", "Zarqovitch", null, 1970).withAddress("Rugby", null));

        assertThat(evidence).anyMatch(e -> e.about() == Evidence.About.PLACE && e.isAgainst());
        assertThat(RULE.judge(evidence)).contains(Strength.STRONG);
    }

    @Test
    void aSurnameAloneIsNeverEnoughHoweverRare() {
        var evidence = evidence(TraceQuery.byName(null, "Brackenthwaite").withBirthYear(1980, 2),
                person("Robin", "Brackenthwaite", null, 1980));

        assertThat(RULE.judge(evidence)).isEmpty();
    }

    @Test
    void belowTheLeastScoreNothingIsOffered() {
        var evidence = evidence(TraceQuery.byName("John", "Smith"), person("John", "Smith", null, null));

        assertThat(new DuplicateRule(score(evidence) + 0.01, 30.0).judge(evidence)).isEmpty();
        assertThat(new DuplicateRule(score(evidence), 30.0).judge(evidence)).contains(Strength.POSSIBLE);
    }

    @Test
    void refusesAStrongScoreBelowThePossibleOne() {
        assertThatThrownBy(() -> new DuplicateRule(10.0, 5.0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Evidence> evidence(TraceQuery query, TraceRecord record) {
        return scorer.evidence(scorer.prepare(query), record);
    }

    private static double score(List<Evidence> evidence) {
        return evidence.stream().mapToDouble(Evidence::weight).sum();
    }

    private static TraceRecord person(String given, String family, LocalDate born, Integer year) {
        return new TraceRecord(TraceRecord.Kind.NETWORK_PERSON, "p-" + given, null, given, family, List.of(), null,
                born, year, null, null, null, false);
    }
}
