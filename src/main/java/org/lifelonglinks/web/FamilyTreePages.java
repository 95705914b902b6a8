package org.lifelonglinks.web;

import org.lifelonglinks.network.NetworkAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A young person's family tree page: GEDCOM import with progress, and the exports (GEDCOM, JSON, GraphML). */
@Controller
class FamilyTreePages {

    private final NetworkAccess networks;

    FamilyTreePages(NetworkAccess networks) {
        this.networks = networks;
    }

    @GetMapping("/young-people/{id}/family-tree")
    String familyTree(@PathVariable String id, Authentication authentication, Model model) {
        CoordinatorPages.youngPerson(networks, id, authentication, model);
        return "coordinator/family-tree";
    }
}
