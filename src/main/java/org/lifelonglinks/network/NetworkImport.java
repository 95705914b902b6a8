package org.lifelonglinks.network;

import java.util.List;
import java.util.Map;

/**
 * Many people and their kinship to add to one network in one transaction, as a family tree brings them. People
 * are named by keys local to the import; a key may stand for someone already recorded ({@code existing}), who
 * is then connected to this network if they are not in it yet, instead of being created again.
 *
 * @param newPeople people to create, each with their connection to the young person
 * @param existing  key → id of a person already recorded, for people the import merges with
 * @param kinship   kinship between keys; the young person's own key is {@link #YOUNG_PERSON}
 */
public record NetworkImport(List<NewPerson> newPeople, Map<String, String> existing,
        Map<String, ConnectionDetails> existingConnections, List<ImportedKin> kinship) {

    /** The key that stands for the young person themself. */
    public static final String YOUNG_PERSON = "young-person";

    public NetworkImport {
        newPeople = List.copyOf(newPeople);
        existing = Map.copyOf(existing);
        existingConnections = Map.copyOf(existingConnections);
        kinship = List.copyOf(kinship);
    }

    /** Someone to create: a key, what is recorded about them, and their connection to the young person. */
    public record NewPerson(String key, PersonDetails person, ConnectionDetails connection) {
    }

    /** "from is to's KIND": PARENT from parent to child; PARTNER either way round. */
    public record ImportedKin(String fromKey, String toKey, KinKind kind, KinQualifier qualifier) {
    }

    /** What the import did: each key's person id, and kinship left as it was because another kind is recorded. */
    public record Result(Map<String, String> personIds, int kinshipRecorded, List<String> kinshipSkipped) {
    }
}
