package org.lifelonglinks.network;

import java.util.List;
import org.lifelonglinks.security.CurrentUser;

/**
 * Finds people already recorded, among those the user may see, who may be the person about to be added. The
 * tracing module provides it; without one, no warning is given.
 *
 * <p>The implementation decides what counts as a possible duplicate and how strong it is; it knows nothing of the
 * young person the person is being added for, so it leaves {@link PossibleDuplicate#inThisNetwork()} false. The
 * network module ({@link DuplicateWarning}) drops the young person themself and marks those already in the network.
 */
public interface DuplicateCheck {

    /** Possible duplicates, strongest first; empty when nothing is close enough. Never throws for odd names. */
    List<PossibleDuplicate> possibleDuplicates(CurrentUser user, PersonDetails person);

    /**
     * The possible duplicates of each of many people at once (a family tree being imported), in their order. An
     * implementation should look up once what the user may see and what safety decisions say, not once per person.
     */
    default List<List<PossibleDuplicate>> possibleDuplicatesOfEach(CurrentUser user, List<PersonDetails> people) {
        return people.stream().map(person -> possibleDuplicates(user, person)).toList();
    }
}
