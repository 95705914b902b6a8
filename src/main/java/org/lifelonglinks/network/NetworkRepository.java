package org.lifelonglinks.network;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.system.ChangeOutbox;
import org.lifelonglinks.system.ConflictException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.TransactionMemory;
import org.lifelonglinks.system.VersionedNode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/**
 * Stores connections as {@code (:YoungPerson)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(:Person)}, a node of their
 * own so that contact attempts, safety decisions and plan commitments can hang from them later; reads whole
 * networks.
 */
@Repository
final class NetworkRepository {

    /** People (or kinship facts) written by one statement of an import; issue 18. */
    private static final int ROWS_PER_STATEMENT = 10_000;

    private final Driver driver;
    private final AuditTrail audit;

    NetworkRepository(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    /** Creates a person and connects them to the young person, all or nothing. */
    Connection addNewPerson(String youngPersonId, String personId, PersonDetails person, String connectionId,
            ConnectionDetails connection, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                tx.run("""
                        CREATE (p:Person {id: $id})
                        SET p += $properties, p.createdAt = datetime()
                        """, Map.of("id", personId, "properties", PersonRepository.properties(person))).consume();
                var created = connect(tx, youngPersonId, personId, connectionId, connection);
                audit.appendIn(tx, event);
                ChangeOutbox.peopleChangedIn(tx, List.of(personId));
                return created;
            });
        }
    }

    /**
     * Writes a whole family tree in one transaction: new people and their connections, connections for merged
     * people not yet in this network, and kinship under the same rules as one fact at a time (no one their own
     * ancestor, at most two birth parents; where another kind of kinship is already recorded between two people,
     * it is kept and the new fact skipped). Any refusal rolls everything back.
     */
    NetworkImport.Result importTree(String youngPersonId, NetworkImport tree, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> TransactionMemory.within("file", "the family tree is too large to "
                    + "import in one go with the memory this service has; split it into smaller trees (for example "
                    + "one branch of the family each) and import each; nothing was imported",
                    () -> importTreeIn(tx, youngPersonId, tree, event)));
        }
    }

    private NetworkImport.Result importTreeIn(TransactionContext tx, String youngPersonId, NetworkImport tree,
            AuditEvent event) {
        var ids = new HashMap<String, String>(tree.existing());
        ids.put(NetworkImport.YOUNG_PERSON, youngPersonId);
        var created = new java.util.ArrayList<String>(tree.newPeople().size());
        // issue 18: in statements of ROWS_PER_STATEMENT people, so that no more than that many are held
        // as parameters at once on either side of Bolt (a 20 MB tree is over 100,000 people).
        for (int from = 0; from < tree.newPeople().size(); from += ROWS_PER_STATEMENT) {
            var people = new java.util.ArrayList<Map<String, Object>>();
            for (var person : tree.newPeople().subList(from,
                    Math.min(tree.newPeople().size(), from + ROWS_PER_STATEMENT))) {
                String id = java.util.UUID.randomUUID().toString();
                ids.put(person.key(), id);
                created.add(id);
                var connection = properties(person.connection());
                connection.put("id", java.util.UUID.randomUUID().toString());
                connection.put("pairKey", youngPersonId + "|" + id);
                people.add(Map.of("id", id, "properties", PersonRepository.properties(person.person()),
                        "connection", connection));
            }
            tx.run("""
                    MATCH (yp:YoungPerson {id: $youngPersonId})
                    UNWIND $people AS row
                    CREATE (p:Person {id: row.id})
                    SET p += row.properties, p.createdAt = datetime()
                    CREATE (yp)-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p)
                    SET c += row.connection, c.createdAt = datetime()
                    """, Map.of("youngPersonId", youngPersonId, "people", people)).consume();
        }
        for (var entry : tree.existingConnections().entrySet()) {
            String personId = tree.existing().get(entry.getKey());
            boolean already = tx.run("""
                    RETURN EXISTS {
                      (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(:Connection)-[:TO]->(:Person {id: $personId})
                    } AS already
                    """, Map.of("youngPersonId", youngPersonId, "personId", personId))
                    .single().get("already").asBoolean();
            if (!already && !personId.equals(youngPersonId)) {
                connect(tx, youngPersonId, personId, java.util.UUID.randomUUID().toString(), entry.getValue());
            }
        }
        requireNoAncestryCycle(tx, tree, ids);
        var facts = new java.util.LinkedHashMap<String, Kin>();
        var keysOf = new HashMap<String, String>();
        for (var kin : tree.kinship()) {
            String from = ids.get(kin.fromKey());
            String to = ids.get(kin.toKey());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            var fact = kin.kind() == KinKind.PARENT || from.compareTo(to) < 0
                    ? new Kin(from, to, kin.kind(), kin.qualifier()) : new Kin(to, from, kin.kind(), kin.qualifier());
            String pair = fact.fromPersonId() + "|" + fact.toPersonId();
            facts.putIfAbsent(pair + "|" + fact.kind(), fact);
            keysOf.put(pair, kin.fromKey() + " " + kin.kind() + " " + kin.toKey());
        }
        // What is already recorded between each pair, and each child's birth parents, in two queries.
        // Someone created a moment ago in this transaction has no kinship yet: only pairs of people
        // recorded before the import, and their children, need asking about.
        var recordedBefore = new java.util.HashSet<>(tree.existing().values());
        recordedBefore.add(youngPersonId);
        var pairs = facts.values().stream()
                .filter(f -> recordedBefore.contains(f.fromPersonId()) && recordedBefore.contains(f.toPersonId()))
                .map(f -> Map.of("a", f.fromPersonId(), "b", f.toPersonId()))
                .distinct().toList();
        var recordedBetween = new HashMap<String, List<String>>();
        tx.run("""
                UNWIND $pairs AS pair
                MATCH (a:Person {id: pair.a})-[k:PARENT_OF|PARTNER_OF|SIBLING_OF]-(b:Person {id: pair.b})
                RETURN pair.a + '|' + pair.b AS pair, type(k) + CASE WHEN startNode(k) = a THEN '>' ELSE '<' END AS fact
                """, Map.of("pairs", pairs)).forEachRemaining(r -> recordedBetween
                .computeIfAbsent(r.get("pair").asString(), k -> new java.util.ArrayList<>())
                .add(r.get("fact").asString()));
        var children = facts.values().stream().filter(f -> f.kind() == KinKind.PARENT
                && f.qualifier() == KinQualifier.BIRTH).map(Kin::toPersonId)
                .filter(recordedBefore::contains).distinct().toList();
        var birthParents = new HashMap<String, java.util.Set<String>>();
        tx.run("""
                UNWIND $children AS child
                MATCH (parent:Person)-[:PARENT_OF {qualifier: 'BIRTH'}]->(:Person {id: child})
                RETURN child, collect(parent.id) AS parents
                """, Map.of("children", children)).forEachRemaining(r -> birthParents.put(
                r.get("child").asString(), new java.util.HashSet<>(r.get("parents").asList(v -> v.asString()))));
        int recorded = 0;
        var skipped = new java.util.ArrayList<String>();
        var toCreate = new HashMap<String, java.util.List<Map<String, Object>>>();
        for (var fact : facts.values()) {
            String pair = fact.fromPersonId() + "|" + fact.toPersonId();
            var existing = recordedBetween.getOrDefault(pair, List.of());
            String type = PersonRepository.relationshipType(fact.kind());
            if (existing.contains(type + ">") || fact.kind() != KinKind.PARENT && existing.contains(type + "<")) {
                continue;
            }
            if (!existing.isEmpty()) {
                skipped.add(keysOf.get(pair));
                continue;
            }
            if (fact.kind() == KinKind.PARENT && fact.qualifier() == KinQualifier.BIRTH) {
                var parents = birthParents.computeIfAbsent(fact.toPersonId(), k -> new java.util.HashSet<>());
                parents.add(fact.fromPersonId());
                if (parents.size() > 2) {
                    throw new InvalidFieldException("qualifier", "the family tree gives someone a third birth "
                            + "parent (" + keysOf.get(pair) + "); record the others as ADOPTIVE, FOSTER or STEP");
                }
            }
            recordedBetween.computeIfAbsent(pair, k -> new java.util.ArrayList<>()).add(type + ">");
            toCreate.computeIfAbsent(type, k -> new java.util.ArrayList<>()).add(Map.of("from",
                    fact.fromPersonId(), "to", fact.toPersonId(), "qualifier", fact.qualifier().name()));
            recorded++;
        }
        // The relationship type comes from a fixed set of three, never from input.
        toCreate.forEach((type, rows) -> {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                tx.run("""
                        UNWIND $rows AS row
                        MATCH (a:Person {id: row.from})
                        MATCH (b:Person {id: row.to})
                        CREATE (a)-[k:%s]->(b)
                        SET k.qualifier = row.qualifier
                        """.formatted(type), Map.of("rows", rows.subList(from,
                        Math.min(rows.size(), from + ROWS_PER_STATEMENT)))).consume();
            }
        });
        audit.appendIn(tx, event);
        ChangeOutbox.peopleChangedIn(tx, created);
        return new NetworkImport.Result(Map.copyOf(ids), recorded, List.copyOf(skipped));
    }

    /**
     * No one may become their own ancestor. Within the import, a depth-first walk of its parent links; with
     * what is recorded, only people already recorded can close a loop, so for each such person the walk finds
     * which other recorded people the import makes their descendants, and the graph is asked whether any of
     * those is already their ancestor. Asking per imported link instead walks every path of a big tree.
     */
    private static void requireNoAncestryCycle(TransactionContext tx, NetworkImport tree, Map<String, String> ids) {
        var children = new HashMap<String, java.util.List<String>>();
        for (var kin : tree.kinship()) {
            if (kin.kind() == KinKind.PARENT && ids.containsKey(kin.fromKey()) && ids.containsKey(kin.toKey())) {
                children.computeIfAbsent(ids.get(kin.fromKey()), k -> new java.util.ArrayList<>())
                        .add(ids.get(kin.toKey()));
            }
        }
        var state = new HashMap<String, Integer>();
        for (String start : children.keySet()) {
            if (!state.containsKey(start) && reachesItself(start, children, state)) {
                throw new InvalidFieldException("kinship", "the family tree makes someone their own ancestor");
            }
        }
        var recorded = new java.util.HashSet<>(tree.existing().values());
        recorded.add(ids.get(NetworkImport.YOUNG_PERSON));
        for (String ancestor : recorded) {
            var seen = new java.util.HashSet<String>();
            var queue = new java.util.ArrayDeque<String>(children.getOrDefault(ancestor, java.util.List.of()));
            while (!queue.isEmpty()) {
                String next = queue.poll();
                if (!seen.add(next)) {
                    continue;
                }
                if (recorded.contains(next)) {
                    PersonRepository.requireNoCycle(tx, new Kin(ancestor, next, KinKind.PARENT, KinQualifier.BIRTH));
                }
                queue.addAll(children.getOrDefault(next, java.util.List.of()));
            }
        }
    }

    /** Depth-first, iteratively: 1 = on the current path, 2 = done. True if a path comes back on itself. */
    private static boolean reachesItself(String start, Map<String, java.util.List<String>> children,
            Map<String, Integer> state) {
        var stack = new java.util.ArrayDeque<java.util.Iterator<String>>();
        var path = new java.util.ArrayDeque<String>();
        state.put(start, 1);
        path.push(start);
        stack.push(children.getOrDefault(start, java.util.List.of()).iterator());
        while (!stack.isEmpty()) {
            var next = stack.peek();
            if (next.hasNext()) {
                String child = next.next();
                Integer seen = state.get(child);
                if (seen == null) {
                    state.put(child, 1);
                    path.push(child);
                    stack.push(children.getOrDefault(child, java.util.List.of()).iterator());
                } else if (seen == 1) {
                    return true;
                }
            } else {
                stack.pop();
                state.put(path.pop(), 2);
            }
        }
        return false;
    }

    /** Connects someone already known to the young person; 409 if they are already in this network. */
    Connection connectExisting(String youngPersonId, String personId, String connectionId,
            ConnectionDetails connection, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean already = tx.run("""
                                RETURN EXISTS {
                                  (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(:Connection)-[:TO]->(:Person {id: $personId})
                                } AS already
                                """, Map.of("youngPersonId", youngPersonId, "personId", personId))
                        .single().get("already").asBoolean();
                if (already) {
                    throw new ConflictException("personId", "this person is already in the young person's network");
                }
                var created = connect(tx, youngPersonId, personId, connectionId, connection);
                audit.appendIn(tx, event);
                return created;
            });
        }
    }

    Optional<Connection> findConnection(String youngPersonId, String connectionId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection {id: $connectionId})-[:TO]->(p:Person)
                        RETURN c, p
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "connectionId", connectionId))
                .execute()
                .records().stream()
                .findFirst()
                .map(NetworkRepository::toConnection);
    }

    Optional<Connection> findConnectionTo(String youngPersonId, String personId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person {id: $personId})
                        RETURN c, p
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "personId", personId))
                .execute()
                .records().stream()
                .findFirst()
                .map(NetworkRepository::toConnection);
    }

    /**
     * Applies a change to the connection as it is when locked, under its version (see {@link VersionedNode}).
     * The status the plan module keeps on the node does not count as a change here: a contact recorded meanwhile
     * does not make the coordinator's edit of the relationship stale.
     */
    Connection updateConnection(String youngPersonId, String connectionId, Long expected,
            UnaryOperator<ConnectionDetails> change, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var written = VersionedNode.update(tx, "This connection", """
                                MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(n:Connection {id: $connectionId})""",
                        Map.of("youngPersonId", youngPersonId, "connectionId", connectionId), expected,
                        current -> properties(change.apply(toConnection(current, null).details())))
                        .orElseThrow(() -> new NotFoundException("Connection"));
                audit.appendIn(tx, event.withChanges(written.changes()));
                var personId = tx.run("""
                                MATCH (:Connection {id: $connectionId})-[:TO]->(p:Person)
                                RETURN p.id AS personId
                                """, Map.of("connectionId", connectionId)).single().get("personId").asString();
                return toConnection(written.after(), personId);
            });
        }
    }

    /**
     * Parents, children and partners recorded for these people, limited to people the user may see (in a network
     * of a young person assigned to them; everyone for an administrator).
     */
    List<RecordedTie> recordedTies(java.util.Collection<String> personIds, String username, boolean admin) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return driver.executableQuery("""
                        UNWIND $ids AS id
                        MATCH (p:Person {id: id})-[k:PARENT_OF|PARTNER_OF]-(o:Person)
                        WHERE $admin OR EXISTS { (:UserAccount {username: $username})-[:ASSIGNED_TO]->(:YoungPerson)
                                -[:HAS_CONNECTION]->(:Connection)-[:TO]->(o) }
                        RETURN p.id AS personId, type(k) AS type, startNode(k) = o AS otherFirst, o
                        ORDER BY personId, o.id
                        """)
                .withParameters(Map.of("ids", List.copyOf(personIds), "username", username, "admin", admin))
                .execute().records().stream()
                .map(r -> new RecordedTie(r.get("personId").asString(),
                        r.get("type").asString().equals("PARTNER_OF") ? KinKind.PARTNER
                                : r.get("otherFirst").asBoolean() ? KinKind.PARENT : KinKind.CHILD,
                        PersonRepository.toPerson(r.get("o").asNode())))
                .toList();
    }

    Optional<Network> network(YoungPerson youngPerson) {
        try (var session = driver.session()) {
            return Optional.of(session.executeRead(tx -> {
                var rows = tx.run("""
                                MATCH (:YoungPerson {id: $id})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                                RETURN c, p
                                ORDER BY p.familyName, p.givenName, p.id
                                """, Map.of("id", youngPerson.id()))
                        .list();
                var people = rows.stream().map(r -> PersonRepository.toPerson(r.get("p").asNode())).toList();
                var connections = rows.stream().map(NetworkRepository::toConnection).toList();
                var ids = new java.util.ArrayList<String>();
                ids.add(youngPerson.id());
                people.forEach(p -> ids.add(p.id()));
                var kinship = tx.run("""
                                MATCH (a:Person)-[k:PARENT_OF|PARTNER_OF|SIBLING_OF]->(b:Person)
                                WHERE a.id IN $ids AND b.id IN $ids
                                RETURN a.id AS fromId, type(k) AS type, k.qualifier AS qualifier, b.id AS toId
                                ORDER BY fromId, toId
                                """, Map.of("ids", ids))
                        .list(NetworkRepository::toKin);
                return new Network(youngPerson, people, connections, kinship);
            }));
        }
    }

    private static Connection connect(TransactionContext tx, String youngPersonId, String personId, String connectionId,
            ConnectionDetails details) {
        var properties = properties(details);
        // pairKey carries a uniqueness constraint: one connection per young person and person, even under races.
        properties.put("pairKey", youngPersonId + "|" + personId);
        return toConnection(tx.run("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})
                        MATCH (p:Person {id: $personId})
                        CREATE (yp)-[:HAS_CONNECTION]->(c:Connection {id: $connectionId})-[:TO]->(p)
                        SET c += $properties, c.createdAt = datetime()
                        RETURN c, p
                        """, Map.of("youngPersonId", youngPersonId, "personId", personId, "connectionId", connectionId,
                        "properties", properties))
                .single());
    }

    static HashMap<String, Object> properties(ConnectionDetails details) {
        var properties = new HashMap<String, Object>();
        properties.put("relationship", details.relationship());
        properties.put("category", details.category().name());
        properties.put("wish", details.wish() == null ? null : details.wish().name());
        properties.put("source", details.source() == null ? null : details.source().name());
        properties.put("baseline", details.baseline().name());
        properties.put("hiddenFromYoungPerson", details.hiddenFromYoungPerson());
        return properties;
    }

    private static Connection toConnection(Record record) {
        return toConnection(record.get("c").asNode(), record.get("p").asNode().get("id").asString());
    }

    private static Connection toConnection(org.neo4j.driver.types.Node c, String personId) {
        return new Connection(
                c.get("id").asString(),
                personId,
                c.get("relationship").asString(),
                Category.valueOf(c.get("category").asString()),
                c.get("wish").isNull() ? null : Wish.valueOf(c.get("wish").asString()),
                c.get("source").isNull() ? null : Source.valueOf(c.get("source").asString()),
                Baseline.valueOf(c.get("baseline").asString()),
                c.get("hiddenFromYoungPerson").asBoolean(false),
                Instant.from(c.get("createdAt").asZonedDateTime()),
                VersionedNode.versionOf(c));
    }

    private static Kin toKin(Record record) {
        KinKind kind = switch (record.get("type").asString()) {
            case "PARENT_OF" -> KinKind.PARENT;
            case "PARTNER_OF" -> KinKind.PARTNER;
            default -> KinKind.SIBLING;
        };
        return new Kin(record.get("fromId").asString(), record.get("toId").asString(), kind,
                KinQualifier.valueOf(record.get("qualifier").asString()));
    }
}
