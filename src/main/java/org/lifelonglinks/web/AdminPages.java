package org.lifelonglinks.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' pages: accounts and roles, caseload assignment, directories and imports, retention and
 * erasure, and the audit trail. Only administrators reach them (the security rules give {@code /admin/**} to ADMIN); everything they
 * show and change goes through the JSON API, which checks and audits it.
 */
@Controller
class AdminPages {

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("section", "admin-users");
        return "admin/users";
    }

    @GetMapping("/admin/caseloads")
    String caseloads(Model model) {
        model.addAttribute("section", "admin-caseloads");
        return "admin/caseloads";
    }

    @GetMapping("/admin/directories")
    String directories(Model model) {
        model.addAttribute("section", "admin-directories");
        return "admin/directories";
    }

    @GetMapping("/admin/data-protection")
    String dataProtection(Model model) {
        model.addAttribute("section", "admin-data-protection");
        return "admin/data-protection";
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("section", "admin-audit");
        return "admin/audit";
    }
}
