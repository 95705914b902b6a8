package org.lifelonglinks.security;

import jakarta.servlet.http.HttpSession;

/** Hands a failed sign-in's username back to the login form, so the person need not type it again. */
public final class SignInForm {

    private static final String LAST_USERNAME = "lifelinks.signIn.username";

    private SignInForm() {
    }

    static void rememberUsername(HttpSession session, String username) {
        session.setAttribute(LAST_USERNAME, username);
    }

    /** The username of the last failed attempt in this session, once; null if there was none. */
    public static String takeLastUsername(HttpSession session) {
        if (session == null) {
            return null;
        }
        Object username = session.getAttribute(LAST_USERNAME);
        session.removeAttribute(LAST_USERNAME);
        return username instanceof String name ? name : null;
    }
}
