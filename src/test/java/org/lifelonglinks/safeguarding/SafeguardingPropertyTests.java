package org.lifelonglinks.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import org.springframework.test.context.TestContextManager;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property tests of the safeguarding invariants (docs/safeguarding.md, "Property tests"). jqwik generates random
 * networks and random sequences of what coordinators and social workers do; a model in the test follows who should
 * be barred and hidden, and after each sequence the service's answers are compared with it:
 * <ol>
 * <li>nothing made for the young person names, or carries the id of, a barred or hidden person;</li>
 * <li>a contact attempt, a plan commitment or a meeting invitation involving a barred person is refused with 409
 * and writes nothing;</li>
 * <li>the managers' outcome report never counts a barred person as a supportive adult.</li>
 * </ol>
 * The HTTP property runs {@value #DEFAULT_TRIES} sequences by default; {@code -Dsafeguarding.tries=2000} runs more.
 * The service is the one every {@link IntegrationTest} shares: jqwik is not a JUnit Jupiter engine, so the Spring
 * test context is prepared here by hand, from the same configuration (and so from Spring's context cache).
 */
class SafeguardingPropertyTests extends IntegrationTest {

    static final int DEFAULT_TRIES = 3;
    private static final String DO_NOT_CONTACT = "/problems/do-not-contact";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> HOSTILE = hostileStrings();
    private static final List<String> GIVEN_NAMES = List.of("Edie", "Kerrigan", "Nerys", "Brannock", "Alma",
            "Quillon", "Dora", "Hesketh", "Lapworth", "Ottoline", "Fenwick", "Marisol");
    private static final String[] CATEGORIES = {"FAMILY", "FRIEND", "FORMER_CARER", "COMMUNITY", "PROFESSIONAL",
            "EDUCATION"};

    /** Meeting days in 2012-2015, a period no other test records meetings in; several tries may share a day. */
    private static final LocalDate FIRST_MEETING_DAY = LocalDate.of(2012, 1, 1);
    private static final int MEETING_DAYS = 1460;
    private static final int FIRST_DAY_OFFSET = ThreadLocalRandom.current().nextInt(MEETING_DAYS);
    private static final AtomicInteger TRIES_SO_FAR = new AtomicInteger();
    /** What the report must count on each meeting day, over every try so far: young people, and those counted. */
    private static final Map<LocalDate, int[]> EXPECTED_BY_DAY = new ConcurrentHashMap<>();

    private static Api coordinator;
    private static Api socialWorker;
    private static Api manager;

    // ---------------------------------------------------------------------------------------------------------
    // The rule itself, without the service: thousands of tries in a second or two.
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 5000)
    void theNetworksAnswerFollowsTheDecisionRulesForEveryoneItKnowsAndShowsNoOneElse(
            @ForAll("connectedPeople") List<Connected> connected, @ForAll("personIndex") int stranger) {
        LocalDate today = LocalDate.of(2026, 6, 1);
        Map<String, NetworkSafety.Entry> byPerson = new HashMap<>();
        for (int i = 0; i < connected.size(); i++) {
            var c = connected.get(i);
            var decision = c.kind() == null ? null : new SafetyDecision("d" + i, c.kind(), SafetyBasis.RISK_ASSESSMENT,
                    c.kind() == SafetyDecisionKind.WITH_CONDITIONS ? "Supervised" : null, null, "worker",
                    today.minusDays(30), null, c.expiresInDays() == null ? null : today.plusDays(c.expiresInDays()),
                    Instant.EPOCH);
            byPerson.put("p" + i, new NetworkSafety.Entry(SafetyState.of(decision, today), c.hidden(), c.baseline(),
                    c.baseline(), false));
        }
        var network = new NetworkSafety("yp", today, byPerson);

        for (int i = 0; i < connected.size(); i++) {
            var c = connected.get(i);
            String id = "p" + i;
            boolean inForce = c.expiresInDays() == null || c.expiresInDays() >= 0; // to the end of the expiry day
            boolean barred = c.kind() == SafetyDecisionKind.DO_NOT_CONTACT && inForce;
            // Expiry alone never brings a barred person back: only a new decision does.
            boolean keptFromYoungPerson = c.hidden() || c.kind() == SafetyDecisionKind.DO_NOT_CONTACT;
            assertThat(network.barred(id)).as("barred %s", c).isEqualTo(barred);
            assertThat(network.shownToYoungPerson(id)).as("shown %s", c).isEqualTo(!keptFromYoungPerson);
            assertThat(network.safety(id).approved()).as("approved %s", c)
                    .isEqualTo(inForce && c.kind() != null && c.kind() != SafetyDecisionKind.DO_NOT_CONTACT);
            assertThat(network.safety(id).status() == SafetyStatus.CHECK_REQUIRED).as("check required %s", c)
                    .isEqualTo(c.kind() != null && !inForce);
            assertThat(network.barred(id) && network.safety(id).approved()).isFalse();
        }
        assertThat(network.keptFromYoungPerson()).containsAll(network.barred());
        assertThat(network.keptFromYoungPerson()).hasSize(connected.size() - (int) byPerson.keySet().stream()
                .filter(network::shownToYoungPerson).count());
        String unknown = "p" + (connected.size() + stranger);
        assertThat(network.shownToYoungPerson(unknown)).isFalse();
        assertThat(network.barred(unknown)).isFalse();
        assertThat(network.inNetwork(unknown)).isFalse();
        Statistics.label("first decision").collect(connected.isEmpty() ? "none" : String.valueOf(connected.getFirst().kind()));
    }

    record Connected(SafetyDecisionKind kind, Integer expiresInDays, boolean hidden, Baseline baseline) {
    }

    @Provide
    Arbitrary<List<Connected>> connectedPeople() {
        var kind = Arbitraries.of(SafetyDecisionKind.class).injectNull(0.25);
        var expires = Arbitraries.integers().between(-3, 3).injectNull(0.4);
        return Combinators.combine(kind, expires, Arbitraries.of(true, false), Arbitraries.of(Baseline.class))
                .as(Connected::new).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Integer> personIndex() {
        return Arbitraries.integers().between(0, 100);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The service, through HTTP on the embedded database.
    // ---------------------------------------------------------------------------------------------------------

    @Property(shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(TriesFromSystemProperty.class)
    void noSequenceOfEventsLetsABarredOrHiddenPersonReachTheYoungPersonOrBeContactedOrCounted(
            @ForAll("sequences") List<Event> events) throws Exception {
        startService();
        var run = new Run();
        try {
            for (var event : events) {
                run.apply(event);
            }
            run.checkTheYoungPersonsViews();
            run.checkEveryBarredPersonIsRefused();
            run.checkTheOutcomeReport();
            Statistics.label("barred at the end").collect(run.model.barred().size());
            Statistics.label("hidden or kept at the end").collect(run.model.keptFromYoungPerson().size());
            Statistics.label("a supportive adult but for a do-not-contact decision").collect(run.model.people
                    .stream().anyMatch(m -> m.directContact && m.barred() && !m.baseline.inTouch()
                            && m.wouldBeSupportiveAdultIfNotBarred()));
        } finally {
            run.register();
        }
    }

    /** Reads {@code -Dsafeguarding.tries=N} (default {@value #DEFAULT_TRIES}) when the property starts. */
    static final class TriesFromSystemProperty implements AroundPropertyHook {

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(Integer.getInteger("safeguarding.tries", DEFAULT_TRIES));
            return property.execute();
        }
    }

    /** Prepares this instance from the shared Spring test context (started once, then cached) and the accounts. */
    private void startService() throws Exception {
        if (admin != null) {
            return;
        }
        new TestContextManager(getClass()).prepareTestInstance(this);
        signInAsAdmin();
        if (coordinator == null) {
            coordinator = fixtures.user("COORDINATOR");
            socialWorker = fixtures.user("SOCIAL_WORKER");
            manager = fixtures.user("MANAGER");
        }
    }

    sealed interface Event {
    }

    /** A new person in the network; {@code hostile} picks a hostile string for the given name (or -1). */
    record AddPerson(int name, int hostile, boolean hidden, Baseline baseline, int category, int birthYear,
            boolean knownAs) implements Event {
    }

    /** Someone already in another young person's network (barred or hidden there, perhaps) connected into this one. */
    record ConnectFromAnotherNetwork(int who, boolean hidden) implements Event {
    }

    record Hide(int who) implements Event {
    }

    record Unhide(int who) implements Event {
    }

    enum Expiry { STANDING, EXPIRES_TODAY, EXPIRED_YESTERDAY }

    record DoNotContact(int who, boolean byCoordinator, Expiry expiry) implements Event {
    }

    /** A social worker approves contact: the way a do-not-contact decision is lifted. */
    record Lift(int who) implements Event {
    }

    /** A coordinator may stop contact but never approve it: 403, nothing changes. */
    record CoordinatorTriesToApprove(int who) implements Event {
    }

    record Contact(int who, boolean direct) implements Event {
    }

    /** Approved, a call with the young person, then barred: the report must stop counting them. */
    record ContactThenBar(int who, boolean byCoordinator, boolean someoneNew) implements Event {
    }

    record Meeting(List<Integer> invited, int attending) implements Event {
    }

    record AgreePlan(List<Integer> who) implements Event {
    }

    record Review(int rating) implements Event {
    }

    record Kin(int from, int to, int kind) implements Event {
    }

    record ImportGedcom() implements Event {
    }

    @Provide
    Arbitrary<List<Event>> sequences() {
        var who = Arbitraries.integers().between(0, 40);
        var add = Combinators.combine(Arbitraries.integers().between(0, GIVEN_NAMES.size() - 1),
                Arbitraries.integers().between(0, HOSTILE.size() - 1).injectNull(0.6).map(i -> i == null ? -1 : i),
                Arbitraries.of(true, false), Arbitraries.of(Baseline.class),
                Arbitraries.integers().between(0, CATEGORIES.length - 1), Arbitraries.integers().between(1940, 2015),
                Arbitraries.of(true, false)).as(AddPerson::new);
        var connect = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false))
                .as(ConnectFromAnotherNetwork::new);
        var doNotContact = Combinators.combine(who, Arbitraries.of(true, false), Arbitraries.of(Expiry.class))
                .as(DoNotContact::new);
        var contact = Combinators.combine(who, Arbitraries.of(true, false)).as(Contact::new);
        var meeting = Combinators.combine(who.list().ofMaxSize(3), Arbitraries.integers().between(0, 3))
                .as(Meeting::new);
        var kin = Combinators.combine(who, who, Arbitraries.integers().between(0, 2)).as(Kin::new);
        return Arbitraries.frequencyOf(
                        Tuple.of(6, event(add)),
                        Tuple.of(2, event(connect)),
                        Tuple.of(2, event(who.map(Hide::new))),
                        Tuple.of(1, event(who.map(Unhide::new))),
                        Tuple.of(4, event(doNotContact)),
                        Tuple.of(3, event(who.map(Lift::new))),
                        Tuple.of(1, event(who.map(CoordinatorTriesToApprove::new))),
                        Tuple.of(4, event(contact)),
                        Tuple.of(2, event(Combinators.combine(who, Arbitraries.of(true, false),
                                Arbitraries.of(true, false)).as(ContactThenBar::new))),
                        Tuple.of(2, event(meeting)),
                        Tuple.of(2, event(who.list().ofMinSize(1).ofMaxSize(3).map(AgreePlan::new))),
                        Tuple.of(1, event(Arbitraries.integers().between(1, 5).map(Review::new))),
                        Tuple.of(1, event(kin)),
                        Tuple.of(1, event(Arbitraries.just(new ImportGedcom()))))
                .list().ofMinSize(4).ofMaxSize(16);
    }

    private static Arbitrary<Event> event(Arbitrary<? extends Event> arbitrary) {
        return arbitrary.map(Event.class::cast);
    }

    /** One person in the model of the young person's network. */
    static final class Member {
        final String personId;
        final String connectionId;
        /** Letters only, in every name the person has: escaping can never hide it in an answer. */
        final String token;
        final Baseline baseline;
        final String category;
        final Integer birthYear;
        boolean hidden;
        /** The kind of the current decision, null for none; and its expiry. */
        SafetyDecisionKind decision;
        LocalDate expiresOn;
        boolean directContact;

        Member(String personId, String connectionId, String token, Baseline baseline, String category,
                Integer birthYear, boolean hidden) {
            this.personId = personId;
            this.connectionId = connectionId;
            this.token = token;
            this.baseline = baseline;
            this.category = category;
            this.birthYear = birthYear;
            this.hidden = hidden;
        }

        boolean inForce() {
            return expiresOn == null || !expiresOn.isBefore(LocalDate.now());
        }

        boolean barred() {
            return decision == SafetyDecisionKind.DO_NOT_CONTACT && inForce();
        }

        /** Hidden, barred, or barred by a decision that expired with none since. */
        boolean keptFromYoungPerson() {
            return hidden || decision == SafetyDecisionKind.DO_NOT_CONTACT;
        }

        /** The report's supportive adult, on a contact recorded today. */
        boolean supportiveAdult() {
            return !barred() && wouldBeSupportiveAdultIfNotBarred();
        }

        boolean wouldBeSupportiveAdultIfNotBarred() {
            if ("PROFESSIONAL".equals(category)) {
                return false;
            }
            return birthYear == null ? "FORMER_CARER".equals(category)
                    : LocalDate.now().getYear() - birthYear >= 18;
        }

        @Override
        public String toString() {
            return token + (hidden ? " hidden" : "") + (decision == null ? "" : " " + decision + " until " + expiresOn);
        }
    }

    /** The model: everyone connected to the young person, in the order they were added. */
    static final class Model {
        final List<Member> people = new ArrayList<>();

        Member pick(int index) {
            return people.isEmpty() ? null : people.get(index % people.size());
        }

        Set<Member> barred() {
            return people.stream().filter(Member::barred).collect(Collectors.toSet());
        }

        Set<Member> keptFromYoungPerson() {
            return people.stream().filter(Member::keptFromYoungPerson).collect(Collectors.toSet());
        }

        boolean countedInReport() {
            return people.stream().anyMatch(m -> m.directContact && !m.baseline.inTouch() && m.supportiveAdult());
        }
    }

    /** Someone in the other young person's network, ready to be connected into this one. */
    record Elsewhere(String personId, String token, int birthYear) {
    }

    /** One try: a young person of its own (and another young person), the events, the checks. */
    final class Run {
        final Model model = new Model();
        final LocalDate today = LocalDate.now();
        final LocalDate meetingDay;
        final String youngPerson;
        final Api ownAccount;
        final List<Elsewhere> elsewhere = new ArrayList<>();
        boolean registered;

        Run() {
            int n = TRIES_SO_FAR.getAndIncrement();
            meetingDay = FIRST_MEETING_DAY.plusDays((FIRST_DAY_OFFSET + n * 7L) % MEETING_DAYS);
            youngPerson = newYoungPerson(meetingDay.minusDays(60));
            fixtures.assign(youngPerson, coordinator, "COORDINATOR");
            fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
            ownAccount = fixtures.user("YOUNG_PERSON", youngPerson);
            ok(coordinator.post(path("/reviews"), """
                    {"kind": "REFERRAL", "familyKnowledge": 2, "overnightStaysAtReferral": false, "date": "%s"}"""
                    .formatted(meetingDay.minusDays(60))), 201);
            // The meeting puts the young person in the report's cohort for its day; later meetings replace it.
            ok(coordinator.put(path("/meeting"), """
                    {"date": "%s", "invited": [], "attended": [], "others": []}""".formatted(meetingDay)), 200);

            // Another young person's network: one person barred there, one hidden there, one neither.
            String other = newYoungPerson(null);
            fixtures.assign(other, coordinator, "COORDINATOR");
            for (int i = 0; i < 3; i++) {
                String token = token();
                int birthYear = 1950 + ThreadLocalRandom.current().nextInt(50);
                var added = coordinator.post("/api/young-people/" + other + "/people", """
                        {"givenName": "Else %s", "familyName": "Where%s", "birthYear": %d, "relationship": "aunt",
                         "category": "FAMILY", "baseline": "NEVER_MET", "hiddenFromYoungPerson": %s}"""
                        .formatted(token, token, birthYear, i == 1));
                ok(added, 201);
                elsewhere.add(new Elsewhere(added.text("personId"), token, birthYear));
                if (i == 0) {
                    ok(coordinator.post("/api/people/" + added.text("personId") + "/safety", """
                            {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}"""
                            .formatted(other)), 201);
                }
            }
        }

        void apply(Event event) {
            switch (event) {
                case AddPerson add -> addPerson(add);
                case ConnectFromAnotherNetwork connect -> connect(connect);
                case Hide hide -> hide(model.pick(hide.who()), true);
                case Unhide unhide -> hide(model.pick(unhide.who()), false);
                case DoNotContact decision -> doNotContact(model.pick(decision.who()), decision);
                case Lift lift -> lift(model.pick(lift.who()));
                case CoordinatorTriesToApprove attempt -> coordinatorTriesToApprove(model.pick(attempt.who()));
                case Contact contact -> contact(model.pick(contact.who()), contact.direct());
                case ContactThenBar then -> {
                    // Half the time someone new who is surely a supportive adult the young person had never met.
                    if (then.someoneNew()) {
                        addPerson(new AddPerson(then.who() % GIVEN_NAMES.size(), -1, false, Baseline.NEVER_MET, 0,
                                1970, false));
                    }
                    var member = then.someoneNew() ? model.people.getLast() : model.pick(then.who());
                    lift(member);
                    contact(member, true);
                    doNotContact(member, new DoNotContact(0, then.byCoordinator(), Expiry.STANDING));
                }
                case Meeting meeting -> meeting(meeting);
                case AgreePlan plan -> plan(plan);
                case Review review -> review(review.rating());
                case Kin kin -> kin(model.pick(kin.from()), model.pick(kin.to()), kin.kind());
                case ImportGedcom ignored -> importGedcom();
            }
        }

        private void addPerson(AddPerson add) {
            String token = token();
            String given = (add.hostile() < 0 ? GIVEN_NAMES.get(add.name()) : HOSTILE.get(add.hostile())) + " " + token;
            var response = coordinator.post(path("/people"), """
                    {"givenName": %s, "familyName": "Test%s", %s"birthYear": %d, "relationship": "relative",
                     "category": "%s", "baseline": "%s", "hiddenFromYoungPerson": %s}""".formatted(
                    JSON.writeValueAsString(given), token, add.knownAs() ? "\"knownAs\": \"Kay" + token + "\", " : "",
                    add.birthYear(), CATEGORIES[add.category()], add.baseline(), add.hidden()));
            // A hostile name is stored or refused with a clear problem, never a fault.
            assertThat(response.status()).as(response.toString()).isIn(201, 400, 422);
            if (response.status() == 201) {
                model.people.add(new Member(response.text("personId"), response.text("connectionId"), token,
                        add.baseline(), CATEGORIES[add.category()], add.birthYear(), add.hidden()));
            }
        }

        private void connect(ConnectFromAnotherNetwork connect) {
            var person = elsewhere.get(connect.who());
            var response = coordinator.post(path("/people"), """
                    {"personId": "%s", "relationship": "aunt", "category": "FAMILY", "baseline": "NEVER_MET",
                     "hiddenFromYoungPerson": %s}""".formatted(person.personId(), connect.hidden()));
            boolean already = model.people.stream().anyMatch(m -> m.personId.equals(person.personId()));
            if (already) {
                assertThat(response.status()).as(response.toString()).isEqualTo(409);
                return;
            }
            ok(response, 201);
            // A decision is about one network: none stands here yet, whatever was decided in the other.
            model.people.add(new Member(person.personId(), response.text("connectionId"), person.token(),
                    Baseline.NEVER_MET, "FAMILY", person.birthYear(), connect.hidden()));
        }

        private void hide(Member member, boolean hidden) {
            if (member == null) {
                return;
            }
            ok(coordinator.patch(path("/connections/" + member.connectionId),
                    "{\"hiddenFromYoungPerson\": " + hidden + "}"), 200);
            member.hidden = hidden;
        }

        private void doNotContact(Member member, DoNotContact decision) {
            if (member == null) {
                return;
            }
            String dates = switch (decision.expiry()) {
                case STANDING -> "";
                case EXPIRES_TODAY -> ", \"expiresOn\": \"%s\"".formatted(today);
                case EXPIRED_YESTERDAY -> ", \"decidedOn\": \"%s\", \"expiresOn\": \"%s\""
                        .formatted(today.minusDays(10), today.minusDays(1));
            };
            ok((decision.byCoordinator() ? coordinator : socialWorker).post("/api/people/" + member.personId
                    + "/safety", """
                    {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "RISK_ASSESSMENT"%s}"""
                    .formatted(youngPerson, dates)), 201);
            member.decision = SafetyDecisionKind.DO_NOT_CONTACT;
            member.expiresOn = decision.expiry() == Expiry.STANDING ? null
                    : decision.expiry() == Expiry.EXPIRES_TODAY ? today : today.minusDays(1);
        }

        private void lift(Member member) {
            if (member == null) {
                return;
            }
            ok(socialWorker.post("/api/people/" + member.personId + "/safety", """
                    {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}"""
                    .formatted(youngPerson)), 201);
            member.decision = SafetyDecisionKind.APPROVED;
            member.expiresOn = null;
        }

        private void coordinatorTriesToApprove(Member member) {
            if (member == null) {
                return;
            }
            String before = safetyOf(member);
            var response = coordinator.post("/api/people/" + member.personId + "/safety", """
                    {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}"""
                    .formatted(youngPerson));
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(safetyOf(member)).isEqualTo(before);
        }

        private void contact(Member member, boolean direct) {
            if (member == null) {
                return;
            }
            String body = direct ? """
                    {"personId": "%s", "date": "%s", "kind": "CALL"}""".formatted(member.personId, today)
                    : """
                    {"personId": "%s", "date": "%s", "kind": "PHONE", "outcome": "AGREED_TO_BE_INVOLVED"}"""
                    .formatted(member.personId, today);
            if (member.barred()) {
                refusedAndNothingWritten(member, () -> coordinator.post(path("/contacts"), body));
                return;
            }
            var response = coordinator.post(path("/contacts"), body);
            assertThat(response.status()).as(response.toString()).isIn(201, 409);
            assertThat(response.body()).doesNotContain(DO_NOT_CONTACT);
            if (response.status() == 201 && direct) {
                member.directContact = true;
            }
        }

        private void meeting(Meeting meeting) {
            var invited = new LinkedHashSet<Member>();
            meeting.invited().forEach(i -> {
                if (model.pick(i) != null) {
                    invited.add(model.pick(i));
                }
            });
            var attended = invited.stream().limit(meeting.attending()).toList();
            String body = """
                    {"date": "%s", "invited": %s, "attended": %s, "others": []}""".formatted(meetingDay,
                    ids(invited), ids(attended));
            String before = coordinator.get(path("/meeting")).body();
            var response = coordinator.put(path("/meeting"), body);
            if (invited.stream().anyMatch(Member::barred)) {
                assertThat(response.status()).as("invitation of a barred person: " + response).isEqualTo(409);
                assertThat(coordinator.get(path("/meeting")).body()).isEqualTo(before);
                if (invited.size() == 1) {
                    assertThat(response.text("type")).isEqualTo(DO_NOT_CONTACT);
                }
                return;
            }
            assertThat(response.status()).as(response.toString()).isIn(200, 409);
            assertThat(response.body()).doesNotContain(DO_NOT_CONTACT);
        }

        private void plan(AgreePlan plan) {
            var people = new LinkedHashSet<Member>();
            plan.who().forEach(i -> {
                if (model.pick(i) != null) {
                    people.add(model.pick(i));
                }
            });
            if (people.isEmpty()) {
                return;
            }
            String body = planOf(people);
            String versionsBefore = coordinator.get(path("/plan/versions")).body();
            var response = coordinator.post(path("/plan"), body);
            if (people.stream().anyMatch(Member::barred)) {
                assertThat(response.status()).as("commitment of a barred person: " + response).isEqualTo(409);
                assertThat(coordinator.get(path("/plan/versions")).body()).isEqualTo(versionsBefore);
                if (people.size() == 1) {
                    assertThat(response.text("type")).isEqualTo(DO_NOT_CONTACT);
                }
                return;
            }
            assertThat(response.status()).as(response.toString()).isIn(201, 409);
            assertThat(response.body()).doesNotContain(DO_NOT_CONTACT);
        }

        private void review(int rating) {
            var plan = coordinator.get(path("/plan"));
            var commitments = new ArrayList<String>();
            if (plan.status() == 200) {
                plan.json().path("commitments").forEach(c -> commitments.add("""
                        {"commitmentId": "%s", "happening": "PARTLY"}""".formatted(c.path("id").asString())));
            }
            var response = coordinator.post(path("/reviews"), """
                    {"familyKnowledge": %d, "commitments": [%s]}""".formatted(rating, String.join(",", commitments)));
            // Without a plan there is nothing to review (409); with one, the review is kept.
            assertThat(response.status()).as(response.toString()).isEqualTo(plan.status() == 200 ? 201 : 409);
        }

        private void kin(Member from, Member to, int kind) {
            if (from == null || to == null || from == to) {
                return;
            }
            var response = coordinator.post("/api/people/" + from.personId + "/kin", """
                    {"personId": "%s", "kind": "%s"}""".formatted(to.personId,
                    new String[] {"SIBLING", "PARENT", "PARTNER"}[kind]));
            assertThat(response.status()).as(response.toString()).isIn(200, 201, 409, 422);
        }

        private boolean treeImported;

        private void importGedcom() {
            String parent = token();
            String secret = token();
            String file = """
                    0 HEAD
                    1 GEDC
                    2 VERS 7.0
                    0 @ME@ INDI
                    1 NAME Robin /Testbrook/
                    1 FAMC @F1@
                    0 @MUM@ INDI
                    1 NAME Della %s /Tree%s/
                    1 SEX F
                    1 BIRT
                    2 DATE 1971
                    0 @DAD@ INDI
                    1 NAME Secretus %s /Tree%s/
                    1 SEX M
                    1 BIRT
                    2 DATE 1969
                    1 RESN CONFIDENTIAL
                    0 @F1@ FAM
                    1 HUSB @DAD@
                    1 WIFE @MUM@
                    1 CHIL @ME@
                    0 TRLR
                    """.formatted(parent, parent, secret, secret);
            var response = coordinator.postBytes(path("/gedcom?root=@ME@"),
                    () -> new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "text/plain");
            if (treeImported) {
                // The first tree gave the young person both birth parents: a second set is refused, whole.
                ok(response, 422);
                assertThat(coordinator.get(path("/network")).body()).doesNotContain("Tree" + parent, "Tree" + secret);
                return;
            }
            ok(response, 200);
            treeImported = true;
            assertThat(response.json().path("restricted").asInt()).isEqualTo(1);
            var network = coordinator.get(path("/network")).json();
            for (var person : network.path("people")) {
                String family = person.path("familyName").asString("");
                for (String token : List.of(parent, secret)) {
                    if (family.equals("Tree" + token)) {
                        var connection = connectionOf(network, person.path("id").asString());
                        model.people.add(new Member(person.path("id").asString(), connection.path("id").asString(),
                                token, Baseline.NEVER_MET, "FAMILY", token.equals(parent) ? 1971 : 1969,
                                token.equals(secret)));
                        assertThat(connection.path("hiddenFromYoungPerson").asBoolean())
                                .as("RESN CONFIDENTIAL hides the person").isEqualTo(token.equals(secret));
                    }
                }
            }
        }

        /** Property 1: the young person's own views, the page and the printed plan against the model. */
        void checkTheYoungPersonsViews() throws Exception {
            var kept = model.keptFromYoungPerson();
            var shown = model.people.stream().filter(m -> !m.keptFromYoungPerson()).toList();

            var network = ownAccount.get("/api/me/network");
            ok(network, 200);
            Set<String> ids = new HashSet<>();
            network.json().path("people").forEach(p -> ids.add(p.path("id").asString()));
            assertThat(ids).as("who the young person sees, model: %s", model.people)
                    .isEqualTo(shown.stream().map(m -> m.personId).collect(Collectors.toSet()));
            for (var member : shown) {
                assertThat(network.body()).contains(member.token);
            }

            var answers = new LinkedHashMap<String, String>();
            answers.put("/api/me/network", network.body());
            for (String chart : List.of("/api/me/chart.svg", "/api/me/chart.svg?view=family")) {
                var svg = ownAccount.get(chart);
                ok(svg, 200);
                assertWellFormedXml(chart, svg.body());
                answers.put(chart, svg.body());
            }
            var planHtml = ownAccount.get("/api/me/plan.html");
            assertThat(planHtml.status()).as(planHtml.toString()).isIn(200, 404);
            if (planHtml.status() == 200) {
                answers.put("/api/me/plan.html", planHtml.body());
                answers.put("/api/me/plan.pdf", pdfText(ownAccount.bytes("/api/me/plan.pdf")));
            }
            // The page is a shell whose script reads the answers above; checked all the same.
            var page = ownAccount.get("/me");
            ok(page, 200);
            answers.put("/me", page.body());

            for (var answer : answers.entrySet()) {
                for (var member : kept) {
                    assertThat(answer.getValue()).as("%s names %s", answer.getKey(), member)
                            .doesNotContain(member.token, member.personId);
                }
            }
        }

        /** Property 2, for everyone barred at the end: contact, commitment and invitation refused, nothing written. */
        void checkEveryBarredPersonIsRefused() {
            for (var member : model.barred()) {
                String progress = coordinator.get(path("/progress")).body();
                refusedAndNothingWritten(member, () -> coordinator.post(path("/contacts"), """
                        {"personId": "%s", "date": "%s", "kind": "CALL"}""".formatted(member.personId, today)));
                refusedAndNothingWritten(member, () -> coordinator.post(path("/contacts"), """
                        {"personId": "%s", "date": "%s", "kind": "LETTER"}""".formatted(member.personId, today)));

                String versions = coordinator.get(path("/plan/versions")).body();
                var plan = coordinator.post(path("/plan"), planOf(List.of(member)));
                assertThat(plan.status()).as(plan.toString()).isEqualTo(409);
                assertThat(plan.text("type")).isEqualTo(DO_NOT_CONTACT);
                assertThat(coordinator.get(path("/plan/versions")).body()).isEqualTo(versions);

                String meeting = coordinator.get(path("/meeting")).body();
                var invitation = coordinator.put(path("/meeting"), """
                        {"date": "%s", "invited": ["%s"], "attended": [], "others": []}"""
                        .formatted(meetingDay, member.personId));
                assertThat(invitation.status()).as(invitation.toString()).isEqualTo(409);
                assertThat(invitation.text("type")).isEqualTo(DO_NOT_CONTACT);
                assertThat(coordinator.get(path("/meeting")).body()).isEqualTo(meeting);
                assertThat(coordinator.get(path("/progress")).body()).isEqualTo(progress);
            }
        }

        /** Property 3: the report for this try's meeting day counts what the model says, over every try on that day. */
        void checkTheOutcomeReport() {
            register();
            int[] expected = EXPECTED_BY_DAY.get(meetingDay);
            var report = manager.get("/api/reports/outcomes?from=" + meetingDay + "&to=" + meetingDay);
            ok(report, 200);
            var json = report.json();
            assertThat(json.path("youngPeople").asInt()).isEqualTo(expected[0]);
            JsonNode counted = null;
            for (var outcome : json.path("outcomes")) {
                if (outcome.path("measure").asString().equals("newDirectContactWithSupportiveAdult")) {
                    counted = outcome;
                }
            }
            assertThat(counted).isNotNull();
            assertThat(counted.path("count").asInt()).as("direct contact with a supportive adult, model: %s",
                    model.people).isEqualTo(expected[1]);
        }

        /** Adds this try's young person to what the report must count on its day (once, even when a check fails). */
        void register() {
            if (registered) {
                return;
            }
            registered = true;
            EXPECTED_BY_DAY.merge(meetingDay, new int[] {1, model.countedInReport() ? 1 : 0},
                    (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
        }

        /** The attempt is refused as do-not-contact, and the person's contacts and everyone's progress are unchanged. */
        private void refusedAndNothingWritten(Member member, Supplier<Api.Response> attempt) {
            String contacts = coordinator.get(path("/contacts?personId=" + member.personId)).body();
            String progress = coordinator.get(path("/progress")).body();
            var response = attempt.get();
            assertThat(response.status()).as("contact with a barred person: " + response).isEqualTo(409);
            assertThat(response.text("type")).isEqualTo(DO_NOT_CONTACT);
            assertThat(coordinator.get(path("/contacts?personId=" + member.personId)).body()).isEqualTo(contacts);
            assertThat(coordinator.get(path("/progress")).body()).isEqualTo(progress);
        }

        private String planOf(java.util.Collection<Member> people) {
            return "{\"commitments\": [" + people.stream().map(m -> """
                    {"personId": "%s", "activity": "MEETING", "frequency": "MONTHLY", "startDate": "%s",
                     "note": "Bringing the photo album, says %s"}"""
                    .formatted(m.personId, today, m.token)).collect(Collectors.joining(",")) + "]}";
        }

        private String safetyOf(Member member) {
            return socialWorker.get("/api/people/" + member.personId + "/safety?youngPersonId=" + youngPerson).body();
        }

        private String path(String rest) {
            return "/api/young-people/" + youngPerson + rest;
        }
    }

    private String newYoungPerson(LocalDate referralDate) {
        var response = admin.post("/api/young-people", """
                {"givenName": "Robin", "familyName": "Testbrook", "dateOfBirth": "2011-05-17",
                 "localId": "%s", "area": "east"%s}""".formatted(unique("LL-prop"),
                referralDate == null ? "" : ", \"referralDate\": \"" + referralDate + "\""));
        ok(response, 201);
        fixtures.consent(response.text("id"));
        return response.text("id");
    }

    private static JsonNode connectionOf(JsonNode network, String personId) {
        for (var connection : network.path("connections")) {
            if (connection.path("personId").asString().equals(personId)) {
                return connection;
            }
        }
        throw new AssertionError("no connection to " + personId);
    }

    private static String ids(java.util.Collection<Member> members) {
        return members.stream().map(m -> "\"" + m.personId + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    /** A name part of letters only, unique to one person of one try. */
    private static String token() {
        var random = ThreadLocalRandom.current();
        var token = new StringBuilder("Zq");
        for (int i = 0; i < 10; i++) {
            token.append((char) ('a' + random.nextInt(26)));
        }
        return token.toString();
    }

    private static void ok(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    private static void assertWellFormedXml(String what, String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        try {
            builder.parse(new InputSource(new java.io.StringReader(xml)));
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionError(what + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> hostileStrings() {
        try (InputStream in = SafeguardingPropertyTests.class.getResourceAsStream("/safeguarding/hostile-strings.json")) {
            var strings = new ArrayList<String>();
            JSON.readTree(in).path("strings").forEach(s -> strings.add(s.path("value").asString()));
            return List.copyOf(strings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
