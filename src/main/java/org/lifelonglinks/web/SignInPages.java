package org.lifelonglinks.web;

import jakarta.servlet.http.HttpServletRequest;
import org.lifelonglinks.security.SignInForm;
import org.lifelonglinks.security.SignInProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The login form and the start page each kind of user lands on. */
@Controller
class SignInPages {

    private final SignInProperties signIn;

    SignInPages(SignInProperties signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("failed", request.getParameter("error") != null);
        model.addAttribute("blocked", request.getParameter("blocked") != null);
        model.addAttribute("signedOut", request.getParameter("signedOut") != null);
        model.addAttribute("expired", request.getParameter("expired") != null);
        model.addAttribute("username", SignInForm.takeLastUsername(request.getSession(false)));
        model.addAttribute("lockMinutes", signIn.lockFor().toMinutes());
        return "login";
    }

    @GetMapping("/")
    String start(@ModelAttribute("me") PageUser me) {
        return "redirect:" + me.startPage();
    }
}
