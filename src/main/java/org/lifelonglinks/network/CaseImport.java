package org.lifelonglinks.network;

import java.util.List;

/**
 * Young people, people and connections from a council's case system, identified by the case system's own ids
 * (a young person's local case id, a person's case id), so that importing the same export twice changes nothing.
 */
public record CaseImport(List<CaseYoungPerson> youngPeople, List<CasePerson> people,
        List<CaseConnection> connections) {

    public CaseImport {
        youngPeople = List.copyOf(youngPeople);
        people = List.copyOf(people);
        connections = List.copyOf(connections);
    }

    public record CaseYoungPerson(YoungPersonDetails details) {
    }

    public record CasePerson(String caseId, PersonDetails details) {
    }

    public record CaseConnection(String youngPersonLocalId, String personCaseId, ConnectionDetails details) {
    }

    /** How many records of one kind the import creates, changes and leaves as they are. */
    public record Changes(int created, int updated, int unchanged) {
    }

    /** What the import did, or with {@code dryRun}, would do. */
    public record Result(boolean dryRun, Changes youngPeople, Changes people, Changes connections) {
    }
}
