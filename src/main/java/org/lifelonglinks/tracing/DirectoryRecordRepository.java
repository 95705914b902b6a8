package org.lifelonglinks.tracing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.lifelonglinks.system.ChangeOutbox;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Keeps imported directory records as {@code :DirectoryRecord} nodes, the source the search index is derived
 * from: a damaged or deleted index is refilled from here and loses nothing. Every write records its record ids
 * in the {@link ChangeOutbox} in the same transaction.
 */
@Repository
final class DirectoryRecordRepository {

    /** Records deleted per transaction when a directory is removed. */
    private static final int DELETE_BATCH = 5_000;

    private static final String RECORD_FIELDS = """
            RETURN r.directory AS directory, r.recordId AS id, r.givenName AS givenName,
                   r.familyName AS familyName, r.formerFamilyNames AS formerFamilyNames, r.knownAs AS knownAs,
                   r.dateOfBirth AS dateOfBirth, r.birthYear AS birthYear, r.sex AS sex, r.town AS town,
                   r.postcode AS postcode
            """;

    private final Driver driver;

    DirectoryRecordRepository(Driver driver) {
        this.driver = driver;
    }

    /**
     * Adds or replaces these records of one directory in one transaction.
     *
     * @return the ids that were already recorded before (replaced rather than added)
     */
    Set<String> saveAll(String directory, Collection<TraceRecord> records) {
        if (records.isEmpty()) {
            return Set.of();
        }
        var rows = records.stream().map(DirectoryRecordRepository::row).toList();
        var ids = records.stream().map(TraceRecord::id).toList();
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var existed = new HashSet<>(tx.run("""
                                UNWIND $ids AS id
                                MATCH (r:DirectoryRecord {directory: $directory, recordId: id})
                                RETURN collect(id) AS existed
                                """, Map.of("directory", directory, "ids", ids))
                        .single().get("existed").asList(Value::asString));
                tx.run("""
                        UNWIND $rows AS row
                        MERGE (r:DirectoryRecord {directory: $directory, recordId: row.id})
                        ON CREATE SET r.importedAt = datetime()
                        SET r += row.properties, r.updatedAt = datetime()
                        """, Map.of("directory", directory, "rows", rows)).consume();
                ChangeOutbox.directoryRecordsChangedIn(tx, directory, ids);
                return existed;
            });
        }
    }

    /**
     * Adds records that are not recorded yet and leaves recorded ones as they are: how records held only by an
     * index from before this repository existed are handed over.
     */
    void addMissing(String directory, Collection<TraceRecord> records) {
        var rows = records.stream().map(DirectoryRecordRepository::row).toList();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("""
                        UNWIND $rows AS row
                        MERGE (r:DirectoryRecord {directory: $directory, recordId: row.id})
                        ON CREATE SET r += row.properties, r.importedAt = datetime()
                        """, Map.of("directory", directory, "rows", rows)).consume();
                ChangeOutbox.directoryRecordsChangedIn(tx, directory,
                        records.stream().map(TraceRecord::id).toList());
            });
        }
    }

    /** Removes a directory, a batch per transaction; returns how many records it had. */
    long deleteDirectory(String directory) {
        long removed = 0;
        while (true) {
            try (var session = driver.session()) {
                long batch = session.executeWrite(tx -> {
                    var ids = tx.run("""
                                    MATCH (r:DirectoryRecord {directory: $directory})
                                    WITH r
                                    LIMIT $limit
                                    WITH r, r.recordId AS id
                                    DETACH DELETE r
                                    RETURN collect(id) AS ids
                                    """, Map.of("directory", directory, "limit", DELETE_BATCH))
                            .single().get("ids").asList(Value::asString);
                    ChangeOutbox.directoryRecordsChangedIn(tx, directory, ids);
                    return (long) ids.size();
                });
                removed += batch;
                if (batch < DELETE_BATCH) {
                    return removed;
                }
            }
        }
    }

    /** The records of a directory with these ids that are recorded; the others are gone. */
    List<TraceRecord> findAll(String directory, Collection<String> ids) {
        return driver.executableQuery("""
                        UNWIND $ids AS id
                        MATCH (r:DirectoryRecord {directory: $directory, recordId: id})
                        """ + RECORD_FIELDS)
                .withParameters(Map.of("directory", directory, "ids", List.copyOf(ids)))
                .execute()
                .records().stream()
                .map(DirectoryRecordRepository::toRecord)
                .toList();
    }

    long count() {
        return driver.executableQuery("""
                        MATCH (r:DirectoryRecord)
                        RETURN count(r) AS n
                        """)
                .execute()
                .records().getFirst().get("n").asLong();
    }

    /** Streams every record to {@code sink}, inside one read transaction. */
    void forEach(Consumer<TraceRecord> sink) {
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run("""
                        MATCH (r:DirectoryRecord)
                        """ + RECORD_FIELDS)
                        .forEachRemaining(record -> sink.accept(toRecord(record)));
                return null;
            });
        }
    }

    private static Map<String, Object> row(TraceRecord record) {
        var properties = new HashMap<String, Object>();
        properties.put("givenName", record.givenName());
        properties.put("familyName", record.familyName());
        properties.put("formerFamilyNames", new ArrayList<>(record.formerFamilyNames()));
        properties.put("knownAs", record.knownAs());
        properties.put("dateOfBirth", record.dateOfBirth());
        properties.put("birthYear", record.birthYear());
        properties.put("sex", record.sex());
        properties.put("town", record.town());
        properties.put("postcode", record.postcode());
        return Map.of("id", record.id(), "properties", properties);
    }

    private static TraceRecord toRecord(Record r) {
        List<String> former = r.get("formerFamilyNames").isNull() ? List.of()
                : r.get("formerFamilyNames").asList(Value::asString);
        return new TraceRecord(TraceRecord.Kind.DIRECTORY_RECORD, r.get("id").asString(),
                r.get("directory").asString(), r.get("givenName").asString(null),
                r.get("familyName").asString(null), former, r.get("knownAs").asString(null),
                r.get("dateOfBirth").isNull() ? null : r.get("dateOfBirth").asLocalDate(),
                r.get("birthYear").isNull() ? null : r.get("birthYear").asInt(),
                r.get("sex").asString(null), r.get("town").asString(null), r.get("postcode").asString(null),
                false);
    }
}
