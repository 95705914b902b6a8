package org.lifelonglinks.network;

/**
 * An import of young people, people and connections from a council's case system, identified by the case
 * system's own ids (a young person's local case id, a person's case id), so that importing the same export twice
 * changes nothing. Records are handed over as a file is read ({@link #youngPerson}, {@link #person},
 * {@link #connection}) and written in batches inside one transaction, so memory holds one batch, not the file;
 * nothing is visible to anyone else until {@link #finish()} commits, and {@link #close()} without it rolls back
 * everything. A dry run reads only.
 *
 * <p>Start one with {@link NetworkService#startCaseImport}. The caller hands over each young person and each
 * person once (the first row that has them), and a connection only after its young person and person.
 */
public interface CaseImport extends AutoCloseable {

    /** A young person the file describes (its first valid row). */
    void youngPerson(YoungPersonDetails details);

    /** A person the file describes (its first valid row). */
    void person(String caseId, PersonDetails details);

    /** A connection between a young person and a person handed over before. */
    void connection(String youngPersonLocalId, String personCaseId, ConnectionDetails details);

    /** Writes what is left, records the change for the search index and the audit trail, and commits. */
    Result finish();

    /** Ends the import; without {@link #finish()} first, nothing of it is kept. */
    @Override
    void close();

    /** How many records of one kind the import creates, changes and leaves as they are. */
    record Changes(int created, int updated, int unchanged) {
    }

    /** What the import did, or with {@code dryRun}, would do. */
    record Result(boolean dryRun, Changes youngPeople, Changes people, Changes connections) {
    }
}
