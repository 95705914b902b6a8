package org.lifelonglinks.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads an invented caseload on the first start with the {@code demo} profile: two coordinators, a social worker, a
 * manager and a young person's own account; 24 young people referred over the last two years whose networks, safety
 * decisions, contacts, meetings, plans and reviews are recorded through the API, dated back from today so every page
 * has something to show. The outcomes come out near the published ones (see docs/web.md), not at 100%: some young
 * people are still being searched for, some met nobody new, most repaired nothing or had no overnight stay.
 * Every name is invented. A second start finds the accounts and loads nothing.
 */
@Component
@Profile("demo")
class DemoCaseload {

    /** The password of every demo account (the admin's too, set in application-demo.yml). */
    static final String PASSWORD = "lifelong-links-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoCaseload.class);
    private final Environment environment;
    private final Clock clock;
    private final String adminPassword;

    DemoCaseload(Environment environment, Clock clock,
            @Value("${lifelinks.admin.initial-password}") String adminPassword) {
        this.environment = environment;
        this.clock = clock;
        this.adminPassword = adminPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        var admin = new DemoClient(port, "admin", adminPassword);
        boolean loaded = admin.get("/api/users").valueStream()
                .anyMatch(user -> user.get("username").asString().equals("casey"));
        if (!loaded) {
            long started = System.nanoTime();
            try (var loader = new Loader(admin, LocalDate.now(clock))) {
                loader.run();
            }
            log.info("Demo caseload loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        log.info("""

                ┌─ Demo ─────────────────────────────────────────────────────────────────┐
                │ Open http://localhost:{} and sign in with password {}
                │   casey  coordinator     jo     coordinator       sam     social worker
                │   morgan manager         robin  a young person    admin   administrator
                └────────────────────────────────────────────────────────────────────────┘""",
                port, PASSWORD);
    }

    /** One run of loading: the clients and the ids made so far. */
    private static final class Loader implements AutoCloseable {

        private final DemoClient admin;
        private final DemoClient casey;
        private final DemoClient sam;
        private final DemoClient jo;
        /** The coordinator who records the young person being loaded: casey, or jo for half the cohort. */
        private DemoClient coordinator;
        private final LocalDate today;

        Loader(DemoClient admin, LocalDate today) {
            this.admin = admin.signedIn(today);
            this.casey = admin.as("casey", PASSWORD);
            this.sam = admin.as("sam", PASSWORD);
            this.jo = admin.as("jo", PASSWORD);
            this.coordinator = casey;
            this.today = today;
        }

        void run() {
            account("casey", "Casey Morgan", "COORDINATOR", null);
            account("jo", "Jo Bennett", "COORDINATOR", null);
            account("sam", "Sam Okafor", "SOCIAL_WORKER", null);
            account("morgan", "Morgan Reyes", "MANAGER", null);
            casey.signedIn(today);
            jo.signedIn(today);
            sam.signedIn(today);
            String robin = robinAshdown();
            account("robin", "Robin Ashdown", "YOUNG_PERSON", robin);
            smallerNetwork("Jordan", "Blake", 12, "north", 300, true, false);
            smallerNetwork("Ellie", "Carter", 17, "west", 250, true, true);
            smallerNetwork("Aaron", "Dunne", 14, "south", 200, false, false);
            smallerNetwork("Priya", "Evans", 16, "central", 160, true, true);
            smallerNetwork("Kai", "Foster", 9, "east", 60, false, false);
            for (int i = 0; i < COHORT.length; i++) {
                coordinator = i % 2 == 0 ? jo : casey;
                cohortCase(i, COHORT[i]);
            }
            coordinator = casey;
            directory();
        }

        /** The richest network: a grandmother traced and back in touch, former carers, an aunt who is the only link to a cousin, two people who must not be contacted. */
        private String robinAshdown() {
            String yp = youngPerson("Robin", "Ashdown", 15, "east", 150);
            var p = new LinkedHashMap<String, String>();
            p.put("jade", person(yp, "Jade", "Ashdown", "FEMALE", 1988, "Coventry", "mum", "FAMILY", "BROKEN_DOWN", "WANT_BACK_IN_TOUCH", false));
            p.put("pat", person(yp, "Pat", "Ashdown", "FEMALE", 1962, "Nuneaton", "nan", "FAMILY", "LOST_TOUCH", "WANT_BACK_IN_TOUCH", false));
            p.put("tyler", person(yp, "Tyler", "Ashdown", "MALE", 2006, "Coventry", "big brother", "FAMILY", "OCCASIONAL", "IMPORTANT_TO_ME", false));
            p.put("sharon", person(yp, "Sharon", "Ashdown", "FEMALE", 1984, "Rugby", "aunt", "FAMILY", "LOST_TOUCH", null, false));
            p.put("dean", person(yp, "Dean", "Ashdown", "MALE", 2008, "Rugby", "cousin", "FAMILY", "NEVER_MET", "WANT_TO_KNOW_ABOUT", false));
            p.put("sue", person(yp, "Sue", "Mercer", "FEMALE", 1965, "Leamington Spa", "former foster carer", "FORMER_CARER", "LOST_TOUCH", "WANT_BACK_IN_TOUCH", false));
            p.put("dave", person(yp, "Dave", "Mercer", "MALE", 1963, "Leamington Spa", "former foster carer", "FORMER_CARER", "LOST_TOUCH", null, false));
            p.put("khan", person(yp, "Amir", "Khan", "MALE", 1979, "Coventry", "Year 6 teacher", "EDUCATION", "LOST_TOUCH", "IMPORTANT_TO_ME", false));
            p.put("maya", person(yp, "Maya", "Osei", "FEMALE", 2011, "Coventry", "best friend", "FRIEND", "REGULAR", "IMPORTANT_TO_ME", false));
            p.put("lee", person(yp, "Lee", "Grant", "MALE", 1990, "Coventry", "football coach", "COMMUNITY", "REGULAR", null, false));
            p.put("gary", person(yp, "Gary", "Ashdown", "MALE", 1986, null, "uncle", "FAMILY", "NEVER_MET", null, false));
            p.put("wayne", person(yp, "Wayne", "Price", "MALE", 1985, null, "mum's former partner", "FAMILY", "BROKEN_DOWN", null, true));

            kin(yp, p.get("jade"), "PARENT", null);
            kin(p.get("jade"), p.get("pat"), "PARENT", null);
            kin(p.get("sharon"), p.get("pat"), "PARENT", null);
            kin(p.get("gary"), p.get("pat"), "PARENT", null);
            kin(p.get("dean"), p.get("sharon"), "PARENT", null);
            kin(p.get("tyler"), yp, "SIBLING", null);
            kin(p.get("jade"), p.get("wayne"), "PARTNER", "FORMER");
            kin(p.get("sue"), p.get("dave"), "PARTNER", null);

            for (String key : List.of("pat", "sue", "dave", "sharon", "khan")) {
                safety(yp, p.get(key), "APPROVED", "RISK_ASSESSMENT", null);
            }
            safety(yp, p.get("jade"), "WITH_CONDITIONS", "RISK_ASSESSMENT", "Supervised contact only");
            safety(yp, p.get("gary"), "DO_NOT_CONTACT", "COURT_ORDER", null);
            safety(yp, p.get("wayne"), "DO_NOT_CONTACT", "RISK_ASSESSMENT", null);

            review(yp, "REFERRAL", 150, 2, List.of());
            contact(yp, p.get("pat"), 130, "LETTER", "NO_ANSWER");
            contact(yp, p.get("pat"), 120, "PHONE", "REACHED");
            contact(yp, p.get("pat"), 110, "PHONE", "AGREED_TO_BE_INVOLVED");
            contact(yp, p.get("sue"), 115, "EMAIL", "AGREED_TO_BE_INVOLVED");
            contact(yp, p.get("sharon"), 105, "THROUGH_RELATIVE", "AGREED_TO_BE_INVOLVED");
            contact(yp, p.get("khan"), 100, "EMAIL", "AGREED_TO_BE_INVOLVED");
            contact(yp, p.get("jade"), 95, "LETTER", "NO_ANSWER");

            meeting(yp, 80, List.of(p.get("pat"), p.get("sue"), p.get("dave"), p.get("sharon"), p.get("khan"), p.get("tyler")),
                    List.of(p.get("pat"), p.get("sue"), p.get("sharon"), p.get("tyler")));
            var commitments = plan(yp, 80, "Robin wants to see Nan every month and stay with Sue and Dave again.",
                    List.of(commitment(p.get("pat"), "CALL", "MONTHLY", 75),
                            commitment(p.get("sue"), "OVERNIGHT_STAY", "EVERY_FEW_MONTHS", 70),
                            commitment(p.get("sharon"), "MEETING", "EVERY_FEW_MONTHS", 70),
                            commitment(p.get("tyler"), "MESSAGE", "WEEKLY", 75),
                            commitment(p.get("khan"), "CARD_OR_LETTER", "BIRTHDAYS_AND_FESTIVALS", 60)));
            contact(yp, p.get("pat"), 60, "CALL", null);
            contact(yp, p.get("sharon"), 50, "MEETING", null);
            contact(yp, p.get("sue"), 40, "OVERNIGHT_STAY", null);
            contact(yp, p.get("pat"), 30, "CALL", null);
            contact(yp, p.get("tyler"), 20, "MESSAGE", null);
            review(yp, "PLAN_REVIEW", 14, 4, List.of(
                    happening(commitments.get(0), "YES"), happening(commitments.get(1), "YES"),
                    happening(commitments.get(2), "PARTLY"), happening(commitments.get(3), "YES"),
                    happening(commitments.get(4), "NO")));
            return yp;
        }

        /**
         * A network of five: a grandmother traced and in the plan, a former carer, a sibling, a teacher and a friend.
         * {@code daysAgo} dates the referral; the meeting and plan follow 60 days later if {@code planned}.
         */
        private void smallerNetwork(String given, String family, int age, String area, int daysAgo, boolean planned,
                boolean overnight) {
            String yp = youngPerson(given, family, age, area, daysAgo);
            String gran = person(yp, "Edie", family, "FEMALE", 1958, "Derby", "grandmother", "FAMILY", "LOST_TOUCH", "WANT_BACK_IN_TOUCH", false);
            String carer = person(yp, "Helen", "Wright", "FEMALE", 1970, "Leicester", "former foster carer", "FORMER_CARER", "LOST_TOUCH", "WANT_BACK_IN_TOUCH", false);
            String sibling = person(yp, "Alex", family, "OTHER", 2005, "Derby", "half-sibling", "FAMILY", "OCCASIONAL", "IMPORTANT_TO_ME", false);
            person(yp, "Grace", "Liu", "FEMALE", 1982, "Leicester", "teacher", "EDUCATION", "REGULAR", null, false);
            person(yp, "Noah", "Patel", "MALE", 2010, "Leicester", "friend", "FRIEND", "REGULAR", "IMPORTANT_TO_ME", false);
            kin(sibling, yp, "SIBLING", "HALF");
            safety(yp, gran, "APPROVED", "RISK_ASSESSMENT", null);
            safety(yp, carer, "APPROVED", "RISK_ASSESSMENT", null);
            review(yp, "REFERRAL", daysAgo, 1 + age % 3, List.of());
            contact(yp, gran, daysAgo - 20, "PHONE", "AGREED_TO_BE_INVOLVED");
            contact(yp, carer, daysAgo - 25, "EMAIL", planned ? "AGREED_TO_BE_INVOLVED" : "NO_ANSWER");
            if (!planned) {
                return;
            }
            int meetingDay = daysAgo - 60;
            meeting(yp, meetingDay, List.of(gran, carer, sibling), List.of(gran, carer));
            var commitments = plan(yp, meetingDay, given + " will keep in touch with Nan and Helen.", List.of(
                    commitment(gran, overnight ? "OVERNIGHT_STAY" : "MEETING", "MONTHLY", meetingDay - 5),
                    commitment(carer, "CALL", "FORTNIGHTLY", meetingDay - 5)));
            contact(yp, gran, meetingDay - 10, overnight ? "OVERNIGHT_STAY" : "MEETING", null);
            contact(yp, carer, meetingDay - 15, "CALL", null);
            if (meetingDay > 30) {
                review(yp, "PLAN_REVIEW", meetingDay - 30, 4, List.of(happening(commitments.get(0), "YES"),
                        happening(commitments.get(1), "PARTLY")));
            }
        }

        /**
         * The rest of the caseload: {given, family, age, area, days since referral}. Young people 0-15 have had their
         * meeting; 16 and 17 are still being searched for. What happened for each is chosen by position so the
         * service's rates come out near the published ones: of the 20 young people with a meeting (these 16 and
         * four above), 18 have new direct contact with a supportive adult, 12 a relationship repaired, 4 overnight
         * stays and 6 know more about their family.
         */
        private static final String[][] COHORT = {
                {"Mason", "Hartley", "13", "north", "720"}, {"Amelia", "Quarshie", "15", "south", "690"},
                {"Leo", "Brennan", "11", "west", "655"}, {"Isla", "Novak", "16", "central", "620"},
                {"Tyrese", "Campbell", "14", "east", "585"}, {"Freya", "Lindqvist", "12", "north", "550"},
                {"Zain", "Malik", "17", "south", "515"}, {"Poppy", "Whitfield", "10", "west", "480"},
                {"Callum", "Reid", "15", "central", "445"}, {"Lily", "Okonjo", "13", "east", "410"},
                {"Harvey", "Sutton", "16", "north", "375"}, {"Ruby", "Kowalski", "9", "south", "340"},
                {"Jayden", "Ferreira", "14", "west", "305"}, {"Sophie", "Ansah", "12", "central", "270"},
                {"Oscar", "Duval", "17", "east", "235"}, {"Maisie", "Thornton", "11", "north", "200"},
                {"Reggie", "Achterberg", "15", "south", "130"}, {"Daisy", "Mbeki", "13", "west", "95"}};

        private static final String[][] CARERS = {{"Bev", "Ollerton"}, {"Janice", "Marsh"}, {"Gail", "Pemberton"},
                {"Yvonne", "Adeyemi"}, {"Lorraine", "Fisk"}, {"Mandy", "Cole"}, {"Hazel", "Brook"}, {"Tina", "Vance"},
                {"Rita", "Osborne"}, {"Wendy", "Lyle"}, {"Anne", "Carver"}, {"Pam", "Eldridge"}};
        private static final String[] FRIENDS = {"Charlie", "Jess", "Riley", "Kofi", "Nia", "Ben", "Ava", "Tom"};

        private static final java.util.Set<Integer> NO_NEW_DIRECT_CONTACT = java.util.Set.of(3, 11);
        private static final java.util.Set<Integer> REPAIRED = java.util.Set.of(0, 1, 2, 4, 5, 6, 7, 8);
        private static final java.util.Set<Integer> OVERNIGHT = java.util.Set.of(0);
        private static final java.util.Set<Integer> KNOWS_MORE = java.util.Set.of(1, 9);

        /**
         * One young person of the cohort: a grandparent who had lost touch, an aunt or uncle never met, a former
         * carer and a friend; safety agreed before the first contact; then, by position in {@link #COHORT}, the
         * contacts that went well or did not, the meeting and plan about 70 days after referral, and a review.
         */
        private void cohortCase(int index, String[] row) {
            String given = row[0];
            String family = row[1];
            int age = Integer.parseInt(row[2]);
            int referred = Integer.parseInt(row[4]);
            String yp = youngPerson(given, family, age, row[3], referred);
            boolean female = index % 2 == 1;
            String grandparent = person(yp, female ? "Maureen" : "Ray", family, female ? "FEMALE" : "MALE",
                    1955 + index % 8, "Derby", female ? "grandmother" : "grandfather", "FAMILY", "LOST_TOUCH",
                    "WANT_BACK_IN_TOUCH", false);
            String neverMet = person(yp, index % 3 == 0 ? "Carla" : "Owen", family, index % 3 == 0 ? "FEMALE" : "MALE",
                    1978 + index % 6, "Nottingham", index % 3 == 0 ? "aunt" : "uncle", "FAMILY", "NEVER_MET",
                    "WANT_TO_KNOW_ABOUT", false);
            String[] carerName = CARERS[index % CARERS.length];
            String carer = person(yp, carerName[0], carerName[1], "FEMALE", 1960 + index, "Leicester",
                    "former foster carer", "FORMER_CARER", "OCCASIONAL", "IMPORTANT_TO_ME", false);
            person(yp, FRIENDS[index % FRIENDS.length], family.equals("Kirk") ? "Shah" : "Kirk", "OTHER",
                    today.getYear() - age, "Leicester", "friend", "FRIEND", "REGULAR", "IMPORTANT_TO_ME", false);
            safety(yp, grandparent, "APPROVED", "RISK_ASSESSMENT", null, referred - 5);
            safety(yp, neverMet, "APPROVED", "RISK_ASSESSMENT", null, referred - 5);
            safety(yp, carer, "APPROVED", "RISK_ASSESSMENT", null, referred - 5);
            int knowledge = 1 + index % 3;
            review(yp, "REFERRAL", referred, knowledge, List.of());
            contact(yp, grandparent, referred - 15, "LETTER", "NO_ANSWER");
            if (index >= 16) {
                return; // still searching: a letter unanswered, nothing more yet
            }
            boolean direct = !NO_NEW_DIRECT_CONTACT.contains(index);
            boolean repaired = REPAIRED.contains(index);
            String metFirst = repaired ? grandparent : neverMet;
            if (direct) {
                contact(yp, metFirst, referred - 30, "PHONE", "AGREED_TO_BE_INVOLVED");
            } else {
                contact(yp, neverMet, referred - 30, "PHONE", "DECLINED");
            }
            int meetingDay = referred - 70;
            meeting(yp, meetingDay, direct ? List.of(metFirst, carer) : List.of(carer),
                    direct ? List.of(metFirst, carer) : List.of(carer));
            var commitments = plan(yp, meetingDay, given + " keeps in touch with the people who came.",
                    direct ? List.of(commitment(metFirst, "CALL", "MONTHLY", meetingDay - 3),
                            commitment(carer, "MEETING", "EVERY_FEW_MONTHS", meetingDay - 3))
                            : List.of(commitment(carer, "MEETING", "EVERY_FEW_MONTHS", meetingDay - 3)));
            if (direct) {
                contact(yp, metFirst, meetingDay - 10, "CALL", null);
            }
            if (OVERNIGHT.contains(index)) {
                contact(yp, metFirst, meetingDay - 40, "OVERNIGHT_STAY", null);
            }
            if (meetingDay > 45) {
                int later = KNOWS_MORE.contains(index) ? knowledge + 1 : knowledge;
                review(yp, "PLAN_REVIEW", meetingDay - 45, later, commitments.stream()
                        .map(id -> happening(id, direct ? "YES" : "PARTLY")).toList());
            }
        }

        /** Revokes the tokens the loading used. */
        @Override
        public void close() {
            for (DemoClient client : List.of(casey, jo, sam, admin)) {
                client.close();
            }
        }

        /** A reference directory of former carers, with the aunt the README's tracing example looks for. */
        private void directory() {
            var csv = new StringBuilder("id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode\n");
            csv.append("FC-0001,Kerry,Smith,Ashdown,,1981,F,Coventry,CV1 2AB\n");
            String[][] names = {{"Margaret", "Hughes"}, {"Dennis", "Hughes"}, {"Linda", "Barker"}, {"Paul", "Okoro"},
                    {"Janet", "Wilkins"}, {"Stephen", "Doyle"}, {"Aisha", "Rahman"}, {"Carol", "Fenton"},
                    {"Trevor", "Mills"}, {"Bernadette", "Quinn"}, {"Rosa", "Almeida"}, {"Graham", "Pike"}};
            String[] towns = {"Coventry", "Rugby", "Nuneaton", "Leamington Spa", "Warwick", "Kenilworth"};
            for (int i = 0; i < names.length; i++) {
                csv.append("FC-%04d,%s,%s,,,%d,%s,%s,\n".formatted(i + 2, names[i][0], names[i][1], 1950 + i * 2,
                        i % 2 == 0 ? "F" : "M", towns[i % towns.length]));
            }
            admin.postCsv("/api/directories/former-carers/records", csv.toString());
        }

        private void account(String username, String displayName, String role, String youngPersonId) {
            admin.post("/api/users", """
                    {"username": "%s", "password": "%s", "displayName": "%s", "roles": ["%s"]%s}"""
                    .formatted(username, PASSWORD, displayName, role,
                            youngPersonId == null ? "" : ", \"youngPersonId\": \"" + youngPersonId + "\""));
        }

        private String youngPerson(String given, String family, int age, String area, int referredDaysAgo) {
            var created = coordinator.post("/api/young-people", """
                    {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "localId": "DEMO-%s",
                     "area": "%s", "referralDate": "%s"}""".formatted(given, family,
                    today.minusYears(age).minusDays(40), family.toUpperCase(), area, day(referredDaysAgo)));
            String id = created.get("id").asString();
            coordinator.put("/api/young-people/" + id + "/consent", """
                    {"youngPersonAgreed": true, "parentalConsent": "NOT_NEEDED", "lawfulBasis": "PUBLIC_TASK",
                     "note": "Agreed at the referral meeting"}""");
            admin.put("/api/young-people/" + id + "/social-workers/sam", null);
            return id;
        }

        private String person(String yp, String given, String family, String sex, int birthYear, String town,
                String relationship, String category, String baseline, String wish, boolean hidden) {
            var body = new StringBuilder("""
                    {"givenName": "%s", "familyName": "%s", "sex": "%s", "birthYear": %d, "relationship": "%s",
                     "category": "%s", "baseline": "%s", "source": "YOUNG_PERSON", "hiddenFromYoungPerson": %s"""
                    .formatted(given, family, sex, birthYear, relationship, category, baseline, hidden));
            if (town != null) {
                body.append(", \"town\": \"").append(town).append('"');
            }
            if (wish != null) {
                body.append(", \"wish\": \"").append(wish).append('"');
            }
            return coordinator.post("/api/young-people/" + yp + "/people", body.append('}').toString())
                    .get("personId").asString();
        }

        private void kin(String personId, String kinId, String kind, String qualifier) {
            coordinator.post("/api/people/" + personId + "/kin", """
                    {"personId": "%s", "kind": "%s"%s}""".formatted(kinId, kind,
                    qualifier == null ? "" : ", \"qualifier\": \"" + qualifier + "\""));
        }

        private void safety(String yp, String personId, String decision, String basis, String conditions) {
            safety(yp, personId, decision, basis, conditions, 140);
        }

        private void safety(String yp, String personId, String decision, String basis, String conditions,
                int decidedDaysAgo) {
            sam.post("/api/people/" + personId + "/safety", """
                    {"youngPersonId": "%s", "decision": "%s", "basis": "%s", "decidedOn": "%s"%s,
                     "reason": "Demo: agreed with the young person's social worker"}""".formatted(yp, decision, basis,
                    day(decidedDaysAgo),
                    conditions == null ? "" : ", \"conditions\": \"" + conditions + "\""));
        }

        private void contact(String yp, String personId, int daysAgo, String kind, String outcome) {
            coordinator.post("/api/young-people/" + yp + "/contacts", """
                    {"personId": "%s", "date": "%s", "kind": "%s"%s}""".formatted(personId, day(daysAgo), kind,
                    outcome == null ? "" : ", \"outcome\": \"" + outcome + "\""));
        }

        private void meeting(String yp, int daysAgo, List<String> invited, List<String> attended) {
            coordinator.put("/api/young-people/" + yp + "/meeting", """
                    {"date": "%s", "invited": %s, "attended": %s, "others": ["Casey (coordinator)"],
                     "note": "A celebration lunch at the family centre."}""".formatted(day(daysAgo), ids(invited),
                    ids(attended)));
        }

        private String commitment(String personId, String activity, String frequency, int startDaysAgo) {
            return """
                    {"personId": "%s", "activity": "%s", "frequency": "%s", "startDate": "%s"}"""
                    .formatted(personId, activity, frequency, day(startDaysAgo));
        }

        /** Agrees the plan and answers its commitments' ids, in the order given. */
        private List<String> plan(String yp, int daysAgo, String summary, List<String> commitments) {
            var plan = coordinator.post("/api/young-people/" + yp + "/plan", """
                    {"agreedOn": "%s", "summary": "%s", "commitments": [%s]}""".formatted(day(daysAgo), summary,
                    String.join(", ", commitments)));
            var ids = new ArrayList<String>();
            plan.get("commitments").forEach(c -> ids.add(c.get("id").asString()));
            return ids;
        }

        private String happening(String commitmentId, String happening) {
            return """
                    {"commitmentId": "%s", "happening": "%s"}""".formatted(commitmentId, happening);
        }

        private void review(String yp, String kind, int daysAgo, int familyKnowledge, List<String> commitments) {
            String extra = kind.equals("REFERRAL") ? ", \"overnightStaysAtReferral\": false"
                    : ", \"commitments\": [" + String.join(", ", commitments) + "]";
            coordinator.post("/api/young-people/" + yp + "/reviews", """
                    {"kind": "%s", "date": "%s", "familyKnowledge": %d%s}""".formatted(kind, day(daysAgo),
                    familyKnowledge, extra));
        }

        private LocalDate day(int daysAgo) {
            return today.minusDays(Math.max(daysAgo, 0));
        }

        private static String ids(List<String> ids) {
            return ids.stream().map(id -> "\"" + id + "\"").toList().toString();
        }
    }
}
