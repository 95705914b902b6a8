package org.lifelonglinks.network;

import java.util.Set;

/**
 * Who must not be contacted in a young person's network while a do-not-contact decision stands. The module
 * that records safety decisions provides it; the young person's own view leaves these people out entirely.
 */
public interface ContactRestrictions {

    Set<String> doNotContact(String youngPersonId);
}
