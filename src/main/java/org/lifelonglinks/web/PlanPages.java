package org.lifelonglinks.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A young person's meeting, plan and reviews page, and the analysis of their network in plain words. Both are
 * shells: their scripts read and write through the plan and analysis API, so the caseload check and the audit
 * happen there; the page itself is refused (404) to anyone who may not read the young person's record.
 */
@Controller
class PlanPages {

    private final YoungPersonPageAccess youngPeople;

    PlanPages(YoungPersonPageAccess youngPeople) {
        this.youngPeople = youngPeople;
    }

    @GetMapping("/young-people/{id}/plan")
    String plan(@PathVariable String id, Authentication authentication, Model model) {
        youngPeople.open(id, authentication, model);
        return "coordinator/plan";
    }

    /** Case notes (write, correct) and the chronology; the casework API checks and audits every call. */
    @GetMapping("/young-people/{id}/notes")
    String notes(@PathVariable String id, Authentication authentication, Model model) {
        youngPeople.open(id, authentication, model);
        return "coordinator/notes";
    }

    @GetMapping("/young-people/{id}/analysis")
    String analysis(@PathVariable String id, Authentication authentication, Model model) {
        youngPeople.open(id, authentication, model);
        return "coordinator/analysis";
    }
}
