package org.lifelonglinks.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The young person's own page, and their chart on a page of its own. Each is only a shell: its script reads the
 * young person's own projection ({@code /api/me/network}, {@code /api/me/chart.svg}, {@code /api/me/plan.html}),
 * which the server builds without hidden people, do-not-contact people or private fields, so nothing they must not
 * see ever reaches the browser.
 */
@Controller
class YoungPersonPages {

    @GetMapping("/me")
    String me(Model model, java.util.Locale locale) {
        model.addAttribute("section", "me");
        model.addAttribute("pageLang", YoungPersonLanguage.offered(locale).getLanguage());
        return "me";
    }

    /** Their chart on a page of its own, as big as their screen, with a way back to {@code /me}. */
    @GetMapping("/me/chart")
    String chart(Model model, java.util.Locale locale) {
        model.addAttribute("section", "me");
        model.addAttribute("pageLang", YoungPersonLanguage.offered(locale).getLanguage());
        return "me-chart";
    }
}
