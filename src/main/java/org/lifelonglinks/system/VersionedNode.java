package org.lifelonglinks.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.Node;

/**
 * Optimistic concurrency for a node people edit, done where it cannot race: inside the write transaction, after
 * the node's write lock is taken. The node keeps a {@code version} (absent counts as 0) and, in
 * {@code fieldVersions}, the version at which each field last changed, so a refused change can say what changed.
 *
 * <p>The version is incremented first: an update whose value reads the property it sets makes Neo4j take the write
 * lock before reading, so a second writer waits there and then sees the first one's commit. Only then are the
 * expected version compared and the new properties computed from the node as it is now; so even a change without
 * an expected version merges into the latest state instead of overwriting fields it did not touch.
 */
public final class VersionedNode {

    private VersionedNode() {
    }

    /**
     * The node as it was once locked (before the change), as it is after it, and its new version.
     *
     * @param changedFields the properties this change gave a different value
     */
    public record Written(Node before, Node after, long version, List<String> changedFields) {

        /**
         * Each changed field's value before and after, in words (a list as its items joined by commas, no value
         * as null): what the audit trail keeps for administrators.
         */
        public Map<String, List<String>> changes() {
            var changes = new TreeMap<String, List<String>>();
            for (String field : changedFields) {
                changes.put(field, java.util.Arrays.asList(words(before.get(field)), words(after.get(field))));
            }
            return changes;
        }

        private static String words(Value value) {
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST())) {
                return String.join(", ", value.asList(v -> String.valueOf(v.asObject())));
            }
            return String.valueOf(value.asObject());
        }
    }

    /**
     * Changes one node under its version.
     *
     * @param record     what the node is, in words, for the refusal ("Person")
     * @param match      Cypher binding the node as {@code n} (it may create or find it first); nothing may follow
     * @param expected   the version the change was based on, or null to let the last writer win
     * @param properties the properties to set, from the node as it is now; values as the driver takes them
     * @return empty when {@code match} finds no node
     * @throws StaleVersionException when {@code expected} is not the current version; the transaction must then
     *                               roll back, which throwing from the unit of work does
     */
    public static Optional<Written> update(TransactionContext tx, String record, String match,
            Map<String, Object> parameters, Long expected, Function<Node, Map<String, Object>> properties) {
        var rows = tx.run(match + """

                SET n.version = coalesce(n.version, 0) + 1
                RETURN n
                """, parameters).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Node before = rows.getFirst().get("n").asNode();
        long version = before.get("version").asLong();
        var fieldVersions = fieldVersions(before);
        if (expected != null && expected != version - 1) {
            var changed = fieldVersions.entrySet().stream().filter(e -> e.getValue() > expected)
                    .map(Map.Entry::getKey).toList();
            throw new StaleVersionException(record, expected, version - 1, changed);
        }
        var changes = properties.apply(before);
        var changed = changes.keySet().stream().filter(k -> !before.get(k).equals(Values.value(changes.get(k))))
                .sorted().toList();
        changed.forEach(field -> fieldVersions.put(field, version));
        Node after = tx.run("""
                MATCH (n)
                WHERE elementId(n) = $elementId
                SET n += $properties, n.fieldVersions = $fieldVersions, n.updatedAt = datetime()
                RETURN n
                """, Map.of("elementId", before.elementId(), "properties", changes,
                "fieldVersions", fieldVersions.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .toList())).single().get("n").asNode();
        return Optional.of(new Written(before, after, version, changed));
    }

    /** The version of a node as read, 0 for one saved before versions were kept. */
    public static long versionOf(Node node) {
        return node.get("version").asLong(0);
    }

    private static TreeMap<String, Long> fieldVersions(Node node) {
        var result = new TreeMap<String, Long>();
        Value stored = node.get("fieldVersions");
        if (!stored.isNull()) {
            for (String entry : stored.asList(Value::asString)) {
                int at = entry.lastIndexOf('=');
                result.put(entry.substring(0, at), Long.parseLong(entry.substring(at + 1)));
            }
        }
        return result;
    }
}
