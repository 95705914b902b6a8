package org.lifelonglinks.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workers' notifications page (where notification e-mails lead); the bell in every page's header is the same. */
@Controller
class NotificationPages {

    @GetMapping("/notifications")
    String notifications(Model model) {
        model.addAttribute("section", "notifications");
        return "notifications";
    }
}
