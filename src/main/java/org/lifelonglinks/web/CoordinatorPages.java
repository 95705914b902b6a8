package org.lifelonglinks.web;

import org.lifelonglinks.network.NetworkAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The coordinator's pages (also open to social workers and administrators): the caseload, a young person's
 * workspace (network chart and list), a person's page in that network, and the tracing search, each opened
 * through {@link YoungPersonPageAccess}. The pages are shells: their scripts read and write
 * through the JSON API, so every access is checked and audited there.
 */
@Controller
class CoordinatorPages {

    private final NetworkAccess networks;
    private final YoungPersonPageAccess youngPeople;

    CoordinatorPages(NetworkAccess networks, YoungPersonPageAccess youngPeople) {
        this.networks = networks;
        this.youngPeople = youngPeople;
    }

    @GetMapping("/caseload")
    String caseload(Model model) {
        model.addAttribute("section", "caseload");
        model.addAttribute("areas", networks.areas());
        return "coordinator/caseload";
    }

    /** The approvals and safety reviews waiting for a social worker (their start page). */
    @GetMapping("/approvals")
    String approvals(Model model) {
        model.addAttribute("section", "approvals");
        return "coordinator/approvals";
    }

    @GetMapping("/young-people/{id}")
    String workspace(@PathVariable String id, Authentication authentication, Model model) {
        youngPeople.open(id, authentication, model);
        return "coordinator/workspace";
    }

    @GetMapping("/young-people/{id}/people/{personId}")
    String person(@PathVariable String id, @PathVariable String personId, Authentication authentication,
            Model model) {
        youngPeople.open(id, authentication, model);
        // After the caseload check, so a person outside the user's caseload cannot be probed for: 404 either way.
        var connected = networks.connected(id, personId);
        model.addAttribute("person", connected.person());
        return "coordinator/person";
    }

    @GetMapping("/young-people/{id}/trace")
    String trace(@PathVariable String id, Authentication authentication, Model model) {
        youngPeople.open(id, authentication, model);
        return "coordinator/trace";
    }

}
