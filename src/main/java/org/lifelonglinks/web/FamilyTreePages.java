package org.lifelonglinks.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A young person's family tree page: GEDCOM import with progress, and the exports (GEDCOM, JSON, GraphML). */
@Controller
class FamilyTreePages {

    private final YoungPersonPageAccess youngPeople;

    FamilyTreePages(YoungPersonPageAccess youngPeople) {
        this.youngPeople = youngPeople;
    }

    @GetMapping("/young-people/{id}/family-tree")
    String familyTree(@PathVariable String id, Authentication authentication, Model model) {
        youngPeople.open(id, authentication, model);
        return "coordinator/family-tree";
    }
}
