package org.lifelonglinks.casework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.StaleVersionException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Repository;

/**
 * Case notes, one {@code :CaseNote} node per version ({@code (:YoungPerson)-[:HAS_NOTE]->(:CaseNote)}, the latest
 * marked {@code current}), and the other dated records the chronology gathers (contacts, the meeting, plan
 * versions, reviews). Safety decisions are not read here: the chronology asks the safeguarding module for them.
 */
@Repository
class NoteRepository {

    private static final List<String> NOTE_FIELDS = List.of("date", "text", "about", "shareWithYoungPerson");

    private final Driver driver;
    private final AuditTrail audit;

    NoteRepository(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    /**
     * Writes a note's first version, or for a correction the next version of an existing note: refused (412) when
     * {@code expected} is given and is not the latest version.
     */
    void write(String youngPersonId, String noteId, boolean correction, Integer expected, NoteRequest note,
            String author, AuditEvent event) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                int version = 1;
                if (correction) {
                    // Taking the current version's write lock first: two corrections from one version cannot both win.
                    var current = tx.run("""
                            MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_NOTE]->(n:CaseNote {noteId: $noteId, current: true})
                            SET n.current = false
                            RETURN n
                            """, Map.of("youngPersonId", youngPersonId, "noteId", noteId)).list();
                    if (current.isEmpty()) {
                        throw new NotFoundException("Case note");
                    }
                    Node latest = current.getFirst().get("n").asNode();
                    int latestVersion = latest.get("version").asInt();
                    if (expected != null && expected != latestVersion) {
                        throw new StaleVersionException("This case note", expected, latestVersion,
                                changedSince(tx, noteId, expected, latest));
                    }
                    version = latestVersion + 1;
                }
                var properties = new HashMap<String, Object>();
                properties.put("noteId", noteId);
                properties.put("version", version);
                properties.put("versionKey", noteId + "#" + version);
                properties.put("current", true);
                properties.put("date", note.date());
                properties.put("text", note.text());
                properties.put("about", note.about());
                properties.put("shareWithYoungPerson", note.shareWithYoungPerson());
                properties.put("author", author);
                var created = tx.run("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})
                        CREATE (yp)-[:HAS_NOTE]->(n:CaseNote)
                        SET n = $properties, n.recordedAt = datetime()
                        RETURN n.noteId AS id
                        """, Map.of("youngPersonId", youngPersonId, "properties", properties)).list();
                if (created.isEmpty()) {
                    throw new NotFoundException("Young person");
                }
                audit.appendIn(tx, event.withDetail("version " + version
                        + (note.shareWithYoungPerson() ? ", shared with the young person" : "")));
            });
        }
    }

    private static List<String> changedSince(org.neo4j.driver.TransactionContext tx, String noteId, int expected,
            Node latest) {
        var base = tx.run("""
                MATCH (n:CaseNote {versionKey: $key})
                RETURN n
                """, Map.of("key", noteId + "#" + expected)).list();
        if (base.isEmpty()) {
            return List.of();
        }
        Node before = base.getFirst().get("n").asNode();
        return NOTE_FIELDS.stream().filter(f -> !Objects.equals(before.get(f), latest.get(f))).toList();
    }

    /** The current version of every note, newest date first; the young person's own notes when {@code shared}. */
    List<CaseNote> notes(String youngPersonId, boolean sharedOnly) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})-[:HAS_NOTE]->(n:CaseNote {current: true})
                        WHERE NOT $sharedOnly OR n.shareWithYoungPerson
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p:Person)
                        WHERE p.id IN n.about
                        WITH n, collect(p {.id, .givenName, .familyName, .knownAs}) AS people
                        RETURN n, people
                        ORDER BY n.date DESC, n.recordedAt DESC
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "sharedOnly", sharedOnly))
                .execute().records().stream()
                .map(NoteRepository::toNote)
                .toList();
    }

    /** Every version of one note, oldest first; empty if the young person has no such note. */
    List<CaseNote> versions(String youngPersonId, String noteId) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})-[:HAS_NOTE]->(n:CaseNote {noteId: $noteId})
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p:Person)
                        WHERE p.id IN n.about
                        WITH n, collect(p {.id, .givenName, .familyName, .knownAs}) AS people
                        RETURN n, people
                        ORDER BY n.version
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "noteId", noteId))
                .execute().records().stream()
                .map(NoteRepository::toNote)
                .toList();
    }

    private static CaseNote toNote(Record r) {
        Node n = r.get("n").asNode();
        var names = new HashMap<String, String>();
        r.get("people").asList(p -> p).forEach(p -> names.put(p.get("id").asString(), name(p)));
        var about = n.get("about").asList(Value::asString).stream()
                .map(id -> new CaseNote.About(id, names.get(id))).toList();
        return new CaseNote(n.get("noteId").asString(), n.get("version").asInt(), n.get("date").asLocalDate(),
                n.get("text").asString(), about, n.get("shareWithYoungPerson").asBoolean(false),
                n.get("author").asString(), n.get("recordedAt").asZonedDateTime().toInstant(), List.of());
    }

    static String name(Value person) {
        String knownAs = person.get("knownAs").asString(null);
        if (knownAs != null) {
            return knownAs;
        }
        return (person.get("givenName").asString("") + " " + person.get("familyName").asString("")).strip();
    }

    // ---- the chronology's other records ----

    /** Contacts, the meeting, plan versions, reviews and documents of one young person, as dated entries. */
    List<ChronologyEntry> recordedWork(String youngPersonId) {
        var entries = new ArrayList<ChronologyEntry>();
        var parameters = Map.<String, Object>of("youngPersonId", youngPersonId);
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                        MATCH (c)-[:HAS_CONTACT]->(e:ContactEvent)
                        RETURN e, p {.id, .givenName, .familyName, .knownAs} AS person
                        """, parameters).list().forEach(r -> {
                    var e = r.get("e").asNode();
                    var person = r.get("person");
                    String kind = words(e.get("kind").asString());
                    String outcome = e.get("outcome").isNull() ? "" : ": " + words(e.get("outcome").asString());
                    entries.add(new ChronologyEntry(e.get("date").asLocalDate(), "CONTACT",
                            capitalised(kind) + " with " + name(person) + outcome, person.get("id").asString(),
                            name(person), e.get("recordedBy").asString(null), e.get("id").asString(null)));
                });
                tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_MEETING]->(m:Meeting)
                        RETURN m
                        """, parameters).list().forEach(r -> {
                    var m = r.get("m").asNode();
                    int attended = m.get("attended").isNull() ? 0 : m.get("attended").size();
                    entries.add(new ChronologyEntry(m.get("date").asLocalDate(), "MEETING",
                            "The Lifelong Links meeting" + (attended == 0 ? "" : " (" + attended
                                    + (attended == 1 ? " person" : " people") + " from the network came)"),
                            null, null, null, null));
                });
                tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_PLAN]->(plan:Plan)
                        OPTIONAL MATCH (plan)-[:HAS_COMMITMENT]->(c:Commitment)
                        RETURN plan, count(c) AS commitments
                        """, parameters).list().forEach(r -> {
                    var plan = r.get("plan").asNode();
                    int commitments = r.get("commitments").asInt();
                    entries.add(new ChronologyEntry(plan.get("agreedOn").asLocalDate(), "PLAN",
                            "Plan version " + plan.get("version").asInt() + " agreed (" + commitments
                                    + (commitments == 1 ? " commitment)" : " commitments)"),
                            null, null, plan.get("createdBy").asString(null),
                            String.valueOf(plan.get("version").asInt())));
                });
                tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_PLAN]->(plan:Plan)
                        WHERE plan.approvedBy IS NOT NULL
                        RETURN plan
                        """, parameters).list().forEach(r -> {
                    var plan = r.get("plan").asNode();
                    entries.add(new ChronologyEntry(plan.get("approvedOn").asLocalDate(), "PLAN",
                            "Plan version " + plan.get("version").asInt() + " approved by "
                                    + plan.get("approverName").asString(plan.get("approvedBy").asString())
                                    + " (social worker)", null, null, plan.get("approvedBy").asString(),
                            String.valueOf(plan.get("version").asInt())));
                });
                tx.run("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})-[:HAS_FOLLOW_UP]->(f:FollowUp)
                        OPTIONAL MATCH (f)-[a:FOLLOWED_UP]->(c:Commitment)
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p:Person {id: c.personId})
                        WITH f, a, p ORDER BY p.familyName, p.givenName
                        RETURN f, collect(CASE WHEN a IS NOT NULL THEN {happening: a.happening,
                            person: p {.givenName, .familyName, .knownAs}} END) AS answers
                        """, parameters).list().forEach(r -> {
                    var f = r.get("f").asNode();
                    var answers = r.get("answers").asList(v -> (v.get("person").isNull() ? "someone no longer in "
                            + "the network" : name(v.get("person"))) + ": " + words(v.get("happening").asString()));
                    entries.add(new ChronologyEntry(f.get("date").asLocalDate(), "FOLLOW_UP",
                            ("SIX_MONTHS".equals(f.get("at").asString()) ? "6" : "12") + "-month follow-up: is "
                                    + "contact still happening? " + String.join("; ", answers),
                            null, null, f.get("recordedBy").asString(null), f.get("id").asString()));
                });
                tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_HANDOVER]->(h:Handover)
                        RETURN h
                        """, parameters).list().forEach(r -> {
                    var h = r.get("h").asNode();
                    entries.add(new ChronologyEntry(h.get("on").asLocalDate(), "HANDOVER",
                            "Handed over from " + h.get("fromName").asString() + " to " + h.get("toName").asString()
                                    + ": " + h.get("note").asString(""), null, null, h.get("by").asString(null),
                            h.get("id").asString()));
                });
                tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_REVIEW]->(r:Review)
                        RETURN r
                        """, parameters).list().forEach(r -> {
                    var review = r.get("r").asNode();
                    boolean referral = "REFERRAL".equals(review.get("kind").asString());
                    entries.add(new ChronologyEntry(review.get("date").asLocalDate(), "REVIEW",
                            (referral ? "Referral review" : "Plan review") + ": family knowledge "
                                    + review.get("familyKnowledge").asInt() + " of 5",
                            null, null, review.get("recordedBy").asString(null), review.get("id").asString(null)));
                });
                tx.run("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})-[:HAS_DOCUMENT]->(d:Document)
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p:Person)
                        WHERE p.id IN d.about
                        WITH d, collect(p {.id, .givenName, .familyName, .knownAs}) AS people
                        RETURN d, people
                        """, parameters).list().forEach(r -> {
                    var d = r.get("d").asNode();
                    var people = r.get("people").asList(p -> p);
                    String about = people.isEmpty() ? "" : " (about " + String.join(", ",
                            people.stream().map(NoteRepository::name).toList()) + ")";
                    entries.add(new ChronologyEntry(d.get("date").asLocalDate(), "DOCUMENT",
                            capitalised(words(d.get("kind").asString())) + " added: " + d.get("title").asString()
                                    + about + (d.get("shareWithYoungPerson").asBoolean(false)
                                    ? " [shared with the young person]" : ""),
                            people.isEmpty() ? null : people.getFirst().get("id").asString(),
                            people.isEmpty() ? null : name(people.getFirst()), d.get("uploadedBy").asString(null),
                            d.get("id").asString()));
                });
                return null;
            });
        }
        return entries;
    }

    private static String words(String value) {
        return value.toLowerCase().replace('_', ' ');
    }

    private static String capitalised(String value) {
        return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
}
