package org.lifelonglinks.web;

import org.lifelonglinks.network.NetworkAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The managers' outcome dashboard. The page reads the report through {@code /api/reports/outcomes} (JSON for the
 * figures, CSV for the download), so every figure a manager sees or downloads is audited by the report service.
 */
@Controller
class ManagerPages {

    private final NetworkAccess networks;

    ManagerPages(NetworkAccess networks) {
        this.networks = networks;
    }

    @GetMapping("/reports")
    String reports(Model model) {
        model.addAttribute("section", "reports");
        // The configured area teams, for the filter; the report itself refuses any other.
        model.addAttribute("areas", networks.areas());
        return "reports";
    }
}
