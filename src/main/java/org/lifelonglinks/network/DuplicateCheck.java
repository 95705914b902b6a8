package org.lifelonglinks.network;

import java.util.List;
import org.lifelonglinks.security.CurrentUser;

/**
 * Finds people already recorded, among those the user may see, who may be the person about to be added. The
 * tracing module provides it; without one, no warning is given.
 */
public interface DuplicateCheck {

    List<PossibleDuplicate> possibleDuplicates(CurrentUser user, PersonDetails person);
}
