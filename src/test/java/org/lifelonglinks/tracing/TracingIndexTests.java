package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracingIndexTests {

    private static NameTables tables;

    @TempDir
    Path dir;

    private TracingIndex index;

    @BeforeAll
    static void loadTables() {
        tables = NameTables.loadDefault();
    }

    @BeforeEach
    void openIndex() {
        index = TracingIndex.open(dir, tables);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @Test
    void anInitialWeighsAsAnInitialAndFindsNamesThatStartWithIt() {
        index.upsert(person("p1", "J.", "Thomson", null).withAddress("Glasgow", "G1 1AA"));
        index.upsert(person("p2", "Julia", "Reid", null).withAddress("Coventry", "CV1 2AB"));

        var found = index.search(TraceQuery.byName("J", "Edwards").withPlace("Coventry", "CV1 2AB"));

        assertThat(found.getFirst().record().id()).isEqualTo("p2");
        assertThat(found.getFirst().reasons()).contains("given name Julia and J share the initial");
    }

    @Test
    void aFullNameFindsARecordThatHoldsOnlyItsInitial() {
        index.upsert(person("p1", "M", "Featherstonehaugh", null));
        index.upsert(person("p2", "J", "Featherstonehaugh", null));

        var found = index.search(TraceQuery.byName("Margaret", "Featherstonehaugh"));

        assertThat(found.getFirst().record().id()).isEqualTo("p1");
        assertThat(found.getFirst().score()).isGreaterThan(found.getLast().score());
    }

    @Test
    void matchesKateToKatherine() {
        index.upsert(person("p1", "Katherine", "Ashdown", "1981-03-14"));
        index.upsert(person("p2", "Margaret", "Ashdown", "1981-03-14"));

        TraceCandidate top = index.search(TraceQuery.byName("Kate", "Ashdown")).getFirst();

        assertThat(top.record().id()).isEqualTo("p1");
        assertThat(top.reasons()).contains("Kate is a form of Katherine (given name)", "surname matches (Ashdown)");
    }

    @Test
    void matchesWilliamToBill() {
        index.upsert(person("p1", "Bill", "Tregothnan", null));

        TraceCandidate top = index.search(TraceQuery.byName("William", "Tregothnan")).getFirst();

        assertThat(top.reasons()).contains("Bill is a form of William (given name)");
    }

    @Test
    void findsMarriedWomanByFormerSurname() {
        index.upsert(person("p1", "Priya", "Whitlow", "1975-09-02").withFormerFamilyNames(List.of("Mandeville")));
        index.upsert(person("p2", "Priya", "Oakhurst", "1975-09-02"));

        TraceCandidate top = index.search(TraceQuery.byName("Priya", "Mandeville")).getFirst();

        assertThat(top.record().id()).isEqualTo("p1");
        assertThat(top.reasons()).contains("former surname matches (Mandeville)");
    }

    @Test
    void toleratesDayAndMonthSwapped() {
        index.upsert(person("p1", "Dorian", "Featherby", "1979-06-04"));
        index.upsert(person("p2", "Dorian", "Featherby", "1983-11-21"));

        TraceCandidate top = index.search(TraceQuery.byName("Dorian", "Featherby")
                .withDateOfBirth(LocalDate.parse("1979-04-06"))).getFirst();

        assertThat(top.record().id()).isEqualTo("p1");
        assertThat(top.reasons()).anyMatch(r -> r.startsWith("date of birth matches with day and month swapped"));
    }

    @Test
    void toleratesOneMistypedDigitInDateOfBirth() {
        index.upsert(person("p1", "Elspeth", "Quarrington", "1968-02-17"));
        index.upsert(person("p2", "Elspeth", "Quarrington", "1990-08-30"));

        TraceCandidate top = index.search(TraceQuery.byName("Elspeth", "Quarrington")
                .withDateOfBirth(LocalDate.parse("1968-02-19"))).getFirst();

        assertThat(top.record().id()).isEqualTo("p1");
        assertThat(top.reasons()).anyMatch(r -> r.startsWith("date of birth differs by one digit"));
    }

    @Test
    void rareSurnameOutranksCommonOne() {
        index.upsert(person("common", "Zofia", "Smith", null));
        index.upsert(person("rare", "Zofia", "Quillfeather", null));

        double common = index.search(TraceQuery.byName("Zofia", "Smith")).getFirst().score();
        double rare = index.search(TraceQuery.byName("Zofia", "Quillfeather")).getFirst().score();

        assertThat(rare).isGreaterThan(common);
    }

    @Test
    void rareSurnameAgreementOutweighsCommonGivenNameAgreement() {
        index.upsert(person("given-only", "Jack", "Brown", null));
        index.upsert(person("surname-only", "Ronan", "Quillfeather", null));

        List<TraceCandidate> found = index.search(TraceQuery.byName("Jack", "Quillfeather"));

        assertThat(found).extracting(c -> c.record().id()).startsWith("surname-only");
    }

    @Test
    void findsGivenNameAndSurnameSwapped() {
        index.upsert(person("p1", "Lorcan", "Bexleigh", "1990-01-05"));

        TraceCandidate top = index.search(TraceQuery.byName("Bexleigh", "Lorcan")).getFirst();

        assertThat(top.record().id()).isEqualTo("p1");
        assertThat(top.reasons()).contains("given name and surname swapped");
    }

    @Test
    void matchesOnePartOfDoubleBarrelledSurname() {
        index.upsert(person("p1", "Harriet", "Penrose-Tully", null));

        TraceCandidate top = index.search(TraceQuery.byName("Harriet", "Tully")).getFirst();

        assertThat(top.record().id()).isEqualTo("p1");
        assertThat(top.reasons()).contains("surname Penrose-Tully shares a part with Tully");
    }

    @Test
    void toleratesSpaceAddedOrRemoved() {
        index.upsert(person("p1", "Fergus", "Mac Allister", null));

        TraceCandidate top = index.search(TraceQuery.byName("Fergus", "MacAllister")).getFirst();

        assertThat(top.reasons()).contains("surname matches Mac Allister with spaces or hyphens ignored");
    }

    @Test
    void findsMisspeltAndSoundAlikeSurnames() {
        index.upsert(person("p1", "Oswin", "Thorneycroft", null));
        index.upsert(person("p2", "Imelda", "Knightley", null));

        TraceCandidate typo = index.search(TraceQuery.byName("Oswin", "Thornycroft")).getFirst();
        TraceCandidate phonetic = index.search(TraceQuery.byName("Imelda", "Nightly")).getFirst();

        assertThat(typo.record().id()).isEqualTo("p1");
        assertThat(typo.reasons()).contains("surname is a near spelling of Thorneycroft");
        assertThat(phonetic.record().id()).isEqualTo("p2");
        assertThat(phonetic.reasons()).contains("surname sounds like Knightley");
    }

    @Test
    void acceptsAnApproximateBirthYear() {
        index.upsert(person("p1", "Kerry", "Vantongeren", "1979-07-07"));
        index.upsert(person("p2", "Kerry", "Vantongeren", "1950-07-07"));

        List<TraceCandidate> found = index.search(TraceQuery.byName("Kerry", "Vantongeren").withBirthYear(1981, 2));

        assertThat(found.getFirst().record().id()).isEqualTo("p1");
        assertThat(found.getFirst().reasons()).contains("born 1979, within 2 years");
        assertThat(found.get(1).score()).isLessThan(found.getFirst().score());
    }

    @Test
    void postcodeDistrictSupportsTheMatch() {
        index.upsert(person("near", "Tamsin", "Gorringe", null).withAddress("Coventry", "CV1 2AB"));
        index.upsert(person("far", "Tamsin", "Gorringe", null).withAddress("Truro", "TR1 3XY"));

        List<TraceCandidate> found = index.search(TraceQuery.byName("Tamsin", "Gorringe").withPlace(null, "CV1"));

        assertThat(found.getFirst().record().id()).isEqualTo("near");
        assertThat(found.getFirst().reasons()).contains("same postcode district (CV1)");
    }

    @Test
    void deletedRecordIsGoneAtOnce() {
        index.upsert(person("p1", "Wilhelmina", "Strood", null));
        assertThat(index.search(TraceQuery.byName("Wilhelmina", "Strood"))).hasSize(1);

        assertThat(index.delete(TraceRecord.Kind.NETWORK_PERSON, null, "p1")).isTrue();

        assertThat(index.search(TraceQuery.byName("Wilhelmina", "Strood"))).isEmpty();
        assertThat(index.count()).isZero();
    }

    @Test
    void upsertReplacesTheRecordWithTheSameId() {
        index.upsert(person("p1", "Cressida", "Hollins", null));
        index.upsert(person("p1", "Cressida", "Marchbank", null));

        assertThat(index.count()).isEqualTo(1);
        assertThat(index.search(TraceQuery.byName("Cressida", "Marchbank")).getFirst().record().familyName())
                .isEqualTo("Marchbank");
    }

    @Test
    void deletingADirectoryLeavesOtherRecords() {
        index.upsertAll(List.of(
                TraceRecord.directoryRecord("carers-2019", "r1", "Alfie", "Dunmore", null),
                TraceRecord.directoryRecord("carers-2019", "r2", "Beatrix", "Dunmore", null),
                TraceRecord.directoryRecord("school-contacts", "r1", "Cyril", "Dunmore", null),
                person("p1", "Dora", "Dunmore", null)));

        assertThat(index.deleteDirectory("carers-2019")).isEqualTo(2);

        assertThat(index.count()).isEqualTo(2);
        assertThat(index.search(TraceQuery.byName(null, "Dunmore"))).extracting(c -> c.record().givenName())
                .containsExactlyInAnyOrder("Cyril", "Dora");
    }

    @Test
    void hidesNetworkPeopleTheCallerMayNotSee() {
        index.upsert(person("mine", "Eamon", "Fairweather", null));
        index.upsert(person("theirs", "Eamon", "Fairweather", null));

        List<TraceCandidate> found = index.search(TraceQuery.byName("Eamon", "Fairweather"),
                r -> !r.id().equals("theirs"));

        assertThat(found).extracting(c -> c.record().id()).containsExactly("mine");
    }

    @Test
    void showsDoNotContactFlagAndNeverHidesThePerson() {
        index.upsert(person("p1", "Gwendolyn", "Harcastle", null).withDoNotContact(true));

        List<TraceCandidate> found = index.search(TraceQuery.byName("Gwendolyn", "Harcastle"));

        assertThat(found).singleElement().satisfies(c -> assertThat(c.record().doNotContact()).isTrue());
    }

    @Test
    void respectsTheLimit() {
        index.upsertAll(IntStream.range(0, 30).mapToObj(i -> person("p" + i, "Ivo", "Pendragon", null)).toList());

        assertThat(index.search(TraceQuery.byName("Ivo", "Pendragon"))).hasSize(TraceQuery.DEFAULT_LIMIT);
        assertThat(index.search(TraceQuery.byName("Ivo", "Pendragon").withLimit(25))).hasSize(25);
    }

    @Test
    void keepsRecordsAcrossReopening() {
        index.upsert(person("p1", "Jocasta", "Linley", "2001-12-01"));
        index.close();

        index = TracingIndex.open(dir, tables);

        assertThat(index.rebuildRequired()).isFalse();
        assertThat(index.count()).isEqualTo(1);
        assertThat(index.search(TraceQuery.byName("Jocasta", "Linley")).getFirst().record())
                .isEqualTo(person("p1", "Jocasta", "Linley", "2001-12-01"));
    }

    @Test
    void newIndexAsksForRebuild() {
        assertThat(index.rebuildRequired()).isTrue();
        assertThat(index.isHealthy()).isTrue();
        assertThat(index.verifyIntegrity()).isTrue();
    }

    @Test
    void detectsCorruptIndexOnOpenAndCanRecreateIt() throws IOException {
        index.upsert(person("p1", "Kit", "Mallender", null));
        index.close();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }

        assertThatThrownBy(() -> TracingIndex.open(dir, tables))
                .isInstanceOf(CorruptTracingIndexException.class)
                .hasMessageContaining("must be rebuilt");

        index = TracingIndex.openOrRecreate(dir, tables);
        assertThat(index.rebuildRequired()).isTrue();
        assertThat(index.count()).isZero();
        index.upsert(person("p1", "Kit", "Mallender", null));
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void clearRemovesEverything() {
        index.upsertAll(Stream.of(person("p1", "Lettice", "Ormsby", null), person("p2", "Magnus", "Ormsby", null)));

        index.clear();

        assertThat(index.count()).isZero();
    }

    @Test
    void failedBulkWriteLeavesNothingBehind() {
        index.upsert(person("p0", "Nerys", "Poltimore", null));
        List<TraceRecord> records = new ArrayList<>();
        records.add(person("p1", "Nerys", "Poltimore", null));
        records.add(null);

        assertThatThrownBy(() -> index.upsertAll(records)).isInstanceOf(NullPointerException.class);

        assertThat(index.count()).isEqualTo(1);
        assertThat(index.isHealthy()).isTrue();
        index.upsert(person("p2", "Nerys", "Poltimore", null));
        assertThat(index.count()).isEqualTo(2);
    }

    @Test
    void servesConcurrentSearchesWhileWriting() throws Exception {
        index.upsertAll(IntStream.range(0, 200).mapToObj(i -> person("p" + i, "Osric", "Quenby" + (char) ('a' + i % 26),
                null)).toList());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> searches = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                searches.add(pool.submit(() -> {
                    int found = 0;
                    for (int i = 0; i < 50; i++) {
                        found += index.search(TraceQuery.byName("Osric", "Quenbya")).size();
                    }
                    return found;
                }));
            }
            for (int i = 0; i < 20; i++) {
                index.upsert(person("new" + i, "Osric", "Quenbya", null));
            }
            for (Future<Integer> search : searches) {
                assertThat(search.get()).isPositive();
            }
        } finally {
            pool.shutdown();
        }
    }

    static TraceRecord person(String id, String given, String family, String dob) {
        return TraceRecord.networkPerson(id, given, family, dob == null ? null : LocalDate.parse(dob));
    }
}
