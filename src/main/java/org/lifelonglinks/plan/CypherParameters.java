package org.lifelonglinks.plan;

import java.util.HashMap;
import java.util.Map;

/** Query parameters from name-value pairs; unlike {@code Map.of}, a value may be null (Cypher then removes it). */
final class CypherParameters {

    private CypherParameters() {
    }

    static Map<String, Object> of(Object... pairs) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
