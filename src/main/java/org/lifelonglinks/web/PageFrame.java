package org.lifelonglinks.web;

import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.UserAccountService;
import org.lifelonglinks.security.UserView;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every page's frame needs (the signed-in user for the header), and the page answers for a record that is
 * missing or not the user's to see: the same 404 page either way, as the API does.
 */
@ControllerAdvice(basePackageClasses = PageFrame.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageFrame {

    private static final Logger log = LoggerFactory.getLogger(PageFrame.class);

    private final UserAccountService users;

    PageFrame(UserAccountService users) {
        this.users = users;
    }

    @ModelAttribute("me")
    PageUser me(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        var user = CurrentUser.of(authentication);
        return PageUser.of(user, users.find(user.username()).map(UserView::displayName).orElse(null));
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }

    /** Anything else is the service's fault: logged here, and the person sees a page, never a stack trace. */
    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String unexpected(Exception e) {
        log.error("A page failed", e);
        return "error";
    }
}
