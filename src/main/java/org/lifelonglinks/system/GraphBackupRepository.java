package org.lifelonglinks.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An online backup of the whole graph and its restore. The backup is every node and relationship read in ONE read
 * transaction (so it is a consistent snapshot while the service keeps taking writes), written as gzipped JSON
 * lines with typed values; the schema is not in it, since the migrations in {@code graph-schema/} recreate it.
 * The restore writes it into an empty database in batches. The search index is derived from the graph and is
 * rebuilt at start-up, so it needs no backup of its own.
 */
@Repository
public class GraphBackupRepository {

    static final String FORMAT = "lifelong-links-graph-backup";
    private static final int BATCH = 2_000;
    // The migrations' own bookkeeping is recreated by the migrations, never copied. Nor is the search index's
    // outbox (ChangeOutbox): its numbers belong to the index they were applied to, and a restored service starts
    // a new index that it refills from the graph, so copied changes and a copied counter would only be replayed
    // against an index that never saw them; nor how far each instance's index had come (IndexFollower). Signed-in
    // browser sessions (HttpSession) are not records either: a restored service starts with everyone signed out.
    private static final String NOT_BOOKKEEPING = "NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration' "
            + "OR l IN ['IndexChange', 'ChangeCounter', 'IndexFollower', 'HttpSession'])";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Driver driver;

    GraphBackupRepository(Driver driver) {
        this.driver = driver;
    }

    /** What a backup held, or what a restore wrote. */
    public record Counts(long nodes, long relationships) {
    }

    /** Writes the backup to {@code out} (gzipped), from one read transaction. */
    public Counts write(OutputStream out) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                try (var gzip = new GZIPOutputStream(out);
                     Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8)) {
                    line(writer, Map.of("format", FORMAT, "version", 1));
                    long[] nodes = {0};
                    tx.run("MATCH (n) WHERE " + NOT_BOOKKEEPING + " RETURN n").forEachRemaining(r -> {
                        Node n = r.get("n").asNode();
                        var entry = new LinkedHashMap<String, Object>();
                        entry.put("node", n.elementId());
                        entry.put("labels", n.labels());
                        entry.put("properties", typed(n.asMap(v -> v)));
                        line(writer, entry);
                        nodes[0]++;
                    });
                    long[] relationships = {0};
                    tx.run("""
                            MATCH (a)-[r]->(b)
                            WHERE NOT any(l IN labels(a) + labels(b) WHERE l STARTS WITH '__Neo4jMigration')
                            RETURN r
                            """).forEachRemaining(r -> {
                        Relationship rel = r.get("r").asRelationship();
                        var entry = new LinkedHashMap<String, Object>();
                        entry.put("relationship", rel.type());
                        entry.put("from", rel.startNodeElementId());
                        entry.put("to", rel.endNodeElementId());
                        entry.put("properties", typed(rel.asMap(v -> v)));
                        line(writer, entry);
                        relationships[0]++;
                    });
                    line(writer, Map.of("end", true, "nodes", nodes[0], "relationships", relationships[0]));
                    writer.flush();
                    gzip.finish();
                    return new Counts(nodes[0], relationships[0]);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Whether the database holds anything but the schema: a restore goes only into an empty one. */
    public boolean empty() {
        return driver.executableQuery("MATCH (n) WHERE " + NOT_BOOKKEEPING + " RETURN count(n) AS n").execute()
                .records().getFirst().get("n").asLong() == 0;
    }

    /**
     * Restores a backup into an empty database. Nodes carry a temporary label and id while relationships are joined
     * to them; a backup that is not whole (no closing line) is refused before anything is kept.
     */
    public Counts restore(InputStream in) {
        try {
            return restoreAll(in);
        } catch (RuntimeException e) {
            // The database was empty before: taking away every node the restore made leaves it as it was.
            discardRestoring();
            throw e;
        }
    }

    private Counts restoreAll(InputStream in) {
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            var header = JSON.readTree(reader.readLine());
            if (header == null || !FORMAT.equals(header.path("format").asString(null))) {
                throw new IllegalArgumentException("Not a Lifelong Links graph backup");
            }
            driver.executableQuery("CREATE INDEX restore_id IF NOT EXISTS FOR (n:Restoring) ON (n.restoreId)").execute();
            driver.executableQuery("CALL db.awaitIndexes(300)").execute();
            var nodes = new ArrayList<Map<String, Object>>();
            var relationships = new ArrayList<Map<String, Object>>();
            long nodeCount = 0;
            long relationshipCount = 0;
            JsonNode end = null;
            String text;
            long lineNumber = 1;
            while ((text = reader.readLine()) != null) {
                lineNumber++;
                JsonNode entry;
                try {
                    entry = JSON.readTree(text);
                } catch (tools.jackson.core.JacksonException e) {
                    throw new IllegalArgumentException("The backup is cut short or damaged at line " + lineNumber);
                }
                if (entry.has("node")) {
                    nodes.add(Map.of("id", entry.get("node").asString(), "labels",
                            JSON.convertValue(entry.get("labels"), List.class), "properties",
                            properties(entry.get("properties"))));
                    nodeCount++;
                    if (nodes.size() == BATCH) {
                        writeNodes(nodes);
                    }
                } else if (entry.has("relationship")) {
                    if (!nodes.isEmpty()) {
                        writeNodes(nodes);
                    }
                    relationships.add(Map.of("type", entry.get("relationship").asString(), "from",
                            entry.get("from").asString(), "to", entry.get("to").asString(), "properties",
                            properties(entry.get("properties"))));
                    relationshipCount++;
                    if (relationships.size() == BATCH) {
                        writeRelationships(relationships);
                    }
                } else if (entry.has("end")) {
                    end = entry;
                }
            }
            writeNodes(nodes);
            writeRelationships(relationships);
            if (end == null || end.path("nodes").asLong() != nodeCount
                    || end.path("relationships").asLong() != relationshipCount) {
                throw new IllegalArgumentException("The backup is cut short: it ends before its closing line");
            }
            finish();
            return new Counts(nodeCount, relationshipCount);
        } catch (java.io.EOFException e) {
            throw new IllegalArgumentException("The backup is cut short: the file ends inside its compressed data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeNodes(List<Map<String, Object>> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        // Labels come from the backup, not from a request; apoc is not available, so each label set is its own query.
        var byLabels = new LinkedHashMap<List<String>, List<Map<String, Object>>>();
        for (var node : nodes) {
            @SuppressWarnings("unchecked")
            var labels = (List<String>) node.get("labels");
            byLabels.computeIfAbsent(labels, k -> new ArrayList<>()).add(node);
        }
        byLabels.forEach((labels, rows) -> driver.executableQuery("""
                UNWIND $rows AS row
                CREATE (n:Restoring%s)
                SET n = row.properties, n.restoreId = row.id
                """.formatted(labelsOf(labels))).withParameters(Map.of("rows", rows)).execute());
        nodes.clear();
    }

    private void writeRelationships(List<Map<String, Object>> relationships) {
        if (relationships.isEmpty()) {
            return;
        }
        var byType = new LinkedHashMap<String, List<Map<String, Object>>>();
        relationships.forEach(r -> byType.computeIfAbsent((String) r.get("type"), k -> new ArrayList<>()).add(r));
        byType.forEach((type, rows) -> driver.executableQuery("""
                UNWIND $rows AS row
                MATCH (a:Restoring {restoreId: row.from})
                MATCH (b:Restoring {restoreId: row.to})
                CREATE (a)-[r:%s]->(b)
                SET r = row.properties
                """.formatted(name(type))).withParameters(Map.of("rows", rows)).execute());
        relationships.clear();
    }

    private void finish() {
        long left;
        do {
            left = driver.executableQuery("""
                    MATCH (n:Restoring)
                    WITH n LIMIT 10000
                    REMOVE n:Restoring, n.restoreId
                    RETURN count(n) AS n
                    """).execute().records().getFirst().get("n").asLong();
        } while (left > 0);
        driver.executableQuery("DROP INDEX restore_id IF EXISTS").execute();
    }

    private void discardRestoring() {
        long left;
        do {
            left = driver.executableQuery("""
                    MATCH (n:Restoring)
                    WITH n LIMIT 10000
                    DETACH DELETE n
                    RETURN count(n) AS n
                    """).execute().records().getFirst().get("n").asLong();
        } while (left > 0);
        driver.executableQuery("DROP INDEX restore_id IF EXISTS").execute();
    }

    private static String labelsOf(List<String> labels) {
        var text = new StringBuilder();
        labels.forEach(label -> text.append(':').append(name(label)));
        return text.toString();
    }

    /** A label or type from the backup, quoted so no backup can smuggle Cypher in. */
    private static String name(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static void line(Writer writer, Object entry) {
        try {
            writer.write(JSON.writeValueAsString(entry));
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Neo4j values as JSON, with dates and times tagged so they come back as the same types. */
    private static Map<String, Object> typed(Map<String, Value> properties) {
        var out = new LinkedHashMap<String, Object>();
        properties.forEach((key, value) -> out.put(key, typed(value)));
        return out;
    }

    private static Object typed(Value value) {
        return typed(value.asObject());
    }

    private static Object typed(Object value) {
        return switch (value) {
            case String text -> text;
            case Long number -> number;
            case Boolean flag -> flag;
            case Double number -> Map.of("float", number);
            case LocalDate date -> Map.of("date", date.toString());
            case ZonedDateTime moment -> Map.of("datetime", moment.toString());
            case java.time.OffsetDateTime moment -> Map.of("datetime", moment.toZonedDateTime().toString());
            case LocalDateTime moment -> Map.of("localdatetime", moment.toString());
            case List<?> list -> list.stream().map(GraphBackupRepository::typed).toList();
            default -> throw new IllegalStateException("A property of type " + value.getClass().getSimpleName()
                    + " cannot be backed up yet");
        };
    }

    private static Map<String, Object> properties(JsonNode properties) {
        var out = new HashMap<String, Object>();
        properties.properties().forEach(e -> out.put(e.getKey(), untyped(e.getValue())));
        return out;
    }

    private static Object untyped(JsonNode value) {
        if (value.isArray()) {
            var list = new ArrayList<>();
            value.forEach(v -> list.add(untyped(v)));
            return list;
        }
        if (value.isObject()) {
            if (value.has("date")) {
                return LocalDate.parse(value.get("date").asString());
            }
            if (value.has("datetime")) {
                return ZonedDateTime.parse(value.get("datetime").asString());
            }
            if (value.has("localdatetime")) {
                return LocalDateTime.parse(value.get("localdatetime").asString());
            }
            if (value.has("float")) {
                return value.get("float").asDouble();
            }
            throw new IllegalArgumentException("Unknown value in the backup: " + value.propertyNames());
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        return value.asString();
    }
}
