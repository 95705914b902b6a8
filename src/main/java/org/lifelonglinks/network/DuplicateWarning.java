package org.lifelonglinks.network;

import java.util.List;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The warning a coordinator sees when adding someone to a young person's network: the {@link DuplicateCheck}'s
 * possible duplicates, less the young person themself (who cannot be in their own network), with those already in
 * this network marked so that they are pointed to, never offered to connect a second time.
 */
@Component
class DuplicateWarning {

    private final DuplicateCheck check;
    private final NetworkRepository networks;

    DuplicateWarning(DuplicateCheck check, NetworkRepository networks) {
        this.check = check;
        this.networks = networks;
    }

    List<PossibleDuplicate> about(CurrentUser user, String youngPersonId, PersonDetails person) {
        var found = check.possibleDuplicates(user, person);
        return found.stream()
                .filter(candidate -> !candidate.personId().equals(youngPersonId))
                .map(candidate -> networks.findConnectionTo(youngPersonId, candidate.personId()).isPresent()
                        ? candidate.alreadyInThisNetwork() : candidate)
                .toList();
    }
}
