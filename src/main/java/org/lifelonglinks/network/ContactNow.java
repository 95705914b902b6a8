package org.lifelonglinks.network;

import java.util.Map;

/**
 * The contact situation now, where recorded contact says more than the referral baseline: the module that
 * records contact provides it; the analysis, the charts and the young person's own view use it.
 */
public interface ContactNow {

    /** By person id; people missing from the map are taken to be as they were at referral. */
    Map<String, Baseline> now(String youngPersonId);
}
