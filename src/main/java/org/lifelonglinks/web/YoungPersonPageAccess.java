package org.lifelonglinks.web;

import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.network.YoungPerson;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Opens a young person's pages only to users who may read the record: anyone else gets the same "not found" page
 * as for a record that does not exist, and the refusal is audited (by {@link NetworkAccess}).
 */
@Component
class YoungPersonPageAccess {

    private final NetworkAccess networks;

    YoungPersonPageAccess(NetworkAccess networks) {
        this.networks = networks;
    }

    /** The young person, put in the model for the page frame and the workspace tabs. */
    YoungPerson open(String id, Authentication authentication, Model model) {
        var youngPerson = networks.readable(CurrentUser.of(authentication), id);
        model.addAttribute("section", "caseload");
        model.addAttribute("youngPerson", youngPerson);
        return youngPerson;
    }
}
