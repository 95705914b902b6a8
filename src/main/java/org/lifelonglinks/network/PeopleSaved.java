package org.lifelonglinks.network;

import java.util.List;

/** Published after many people were created at once (an import) and the change committed. */
public record PeopleSaved(List<String> personIds) {

    public PeopleSaved {
        personIds = List.copyOf(personIds);
    }
}
