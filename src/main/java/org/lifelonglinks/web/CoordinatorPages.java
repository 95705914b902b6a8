package org.lifelonglinks.web;

import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.network.YoungPerson;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The coordinator's pages (also open to social workers and administrators): the caseload, a young person's
 * workspace (network chart and list), a person's page in that network, and the tracing search. A young
 * person's pages are shown only to users who may read the record: anyone else gets the same "not found" page as
 * for a record that does not exist, and the refusal is audited. The pages are shells: their scripts read and write
 * through the JSON API, so every access is checked and audited there.
 */
@Controller
class CoordinatorPages {

    private final NetworkAccess networks;

    CoordinatorPages(NetworkAccess networks) {
        this.networks = networks;
    }

    @GetMapping("/caseload")
    String caseload(Model model) {
        model.addAttribute("section", "caseload");
        model.addAttribute("areas", networks.areas());
        return "coordinator/caseload";
    }

    @GetMapping("/young-people/{id}")
    String workspace(@PathVariable String id, Authentication authentication, Model model) {
        youngPerson(id, authentication, model);
        return "coordinator/workspace";
    }

    @GetMapping("/young-people/{id}/people/{personId}")
    String person(@PathVariable String id, @PathVariable String personId, Authentication authentication,
            Model model) {
        youngPerson(id, authentication, model);
        // After the caseload check, so a person outside the user's caseload cannot be probed for: 404 either way.
        var connected = networks.connected(id, personId);
        model.addAttribute("person", connected.person());
        return "coordinator/person";
    }

    @GetMapping("/young-people/{id}/trace")
    String trace(@PathVariable String id, Authentication authentication, Model model) {
        youngPerson(id, authentication, model);
        return "coordinator/trace";
    }

    /** Checks the user may read this young person's record and puts it in the model for the page frame. */
    static YoungPerson youngPerson(NetworkAccess networks, String id, Authentication authentication, Model model) {
        var youngPerson = networks.readable(CurrentUser.of(authentication), id);
        model.addAttribute("section", "caseload");
        model.addAttribute("youngPerson", youngPerson);
        return youngPerson;
    }

    private YoungPerson youngPerson(String id, Authentication authentication, Model model) {
        return youngPerson(networks, id, authentication, model);
    }
}
