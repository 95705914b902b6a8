package org.lifelonglinks.tracing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * The baseline the tracing engine must beat: Neo4j's own full-text index (Lucene inside Neo4j) over the same
 * fields, queried with a fuzzy term ({@code term~}, up to two edits) for every word of every field the query has.
 * Runs an embedded Neo4j in a temporary folder, deleted on close.
 */
final class Neo4jFulltextBaseline implements AutoCloseable {

    private static final String[] FIELDS = {"givenName", "familyName", "dob", "town", "postcode"};

    private final Path home;
    private final DatabaseManagementService service;
    private final GraphDatabaseService db;

    Neo4jFulltextBaseline() throws IOException {
        home = Files.createTempDirectory("tracing-neo4j-baseline");
        service = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
                .build();
        db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("""
                CREATE FULLTEXT INDEX recs IF NOT EXISTS
                FOR (n:Rec)
                ON EACH [n.givenName, n.familyName, n.dob, n.town, n.postcode]""");
    }

    /** Removes all nodes and loads the originals as {@code :Rec} nodes, then waits for the index. */
    void load(List<LinkageData.Row> originals) {
        db.executeTransactionally("MATCH (n:Rec) DETACH DELETE n");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LinkageData.Row row : originals) {
            Map<String, Object> props = new HashMap<>();
            props.put("recId", row.entity());
            put(props, "givenName", row.givenName());
            put(props, "familyName", row.familyName());
            put(props, "dob", row.dobDigits());
            put(props, "town", row.town());
            put(props, "postcode", row.postcode());
            rows.add(props);
        }
        db.executeTransactionally("""
                UNWIND $rows AS row
                CREATE (n:Rec)
                SET n = row""", Map.of("rows", rows));
        db.executeTransactionally("CALL db.awaitIndexes(600)");
    }

    /** The record ids of the top {@code limit} hits, best first. */
    List<String> search(LinkageData.Row probe, int limit) {
        String query = fuzzyQuery(probe);
        if (query.isEmpty()) {
            return List.of();
        }
        try (Transaction tx = db.beginTx()) {
            List<String> ids = new ArrayList<>(limit);
            tx.execute("""
                    CALL db.index.fulltext.queryNodes('recs', $query, {limit: $limit})
                    YIELD node
                    RETURN node.recId AS id""", Map.of("query", query, "limit", limit))
                    .forEachRemaining(r -> ids.add((String) r.get("id")));
            tx.commit();
            return ids;
        }
    }

    static String fuzzyQuery(LinkageData.Row probe) {
        String[] values = {probe.givenName(), probe.familyName(), probe.dobDigits(), probe.town(), probe.postcode()};
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < FIELDS.length; i++) {
            if (values[i] == null) {
                continue;
            }
            for (String word : values[i].toLowerCase().split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    clauses.add(FIELDS[i] + ":" + word + "~");
                }
            }
        }
        return String.join(" OR ", clauses);
    }

    private static void put(Map<String, Object> props, String key, String value) {
        if (value != null && !value.isBlank()) {
            props.put(key, value);
        }
    }

    @Override
    public void close() {
        service.shutdown();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
