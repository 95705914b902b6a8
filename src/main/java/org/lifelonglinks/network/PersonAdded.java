package org.lifelonglinks.network;

import java.util.List;

/**
 * The answer to adding a person to a network.
 *
 * @param possibleDuplicates people already recorded who may be the same person: the coordinator should check
 *                           them and, if one is, connect that person instead
 */
public record PersonAdded(String personId, String connectionId, Person person, Connection connection,
        List<PossibleDuplicate> possibleDuplicates) {
}
