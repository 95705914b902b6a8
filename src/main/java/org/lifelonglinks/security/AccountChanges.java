package org.lifelonglinks.security;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers when an account's roles, enabled state or password last changed, so that sessions signed in before
 * the change end ({@link StaleSessionFilter}): a session holds the roles it signed in with, and a disabled
 * leaver's open browser must not keep working. Scripts sign in on every request and see a change at once.
 * In memory: sessions are too, so a restart forgets both together.
 */
@Component
class AccountChanges {

    private static final String SIGNED_IN_AT = AccountChanges.class.getName() + ".signedInAt";

    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();

    void changed(String username) {
        changedAt.put(username, System.currentTimeMillis());
    }

    /** Whether this session signed in before a change to the account. */
    boolean predatesAChange(String username, HttpSession session) {
        Long at = changedAt.get(username);
        if (at == null) {
            return false;
        }
        // A session can be older than its sign-in (a failed attempt made it): the sign-in's time counts.
        long signedIn = session.getAttribute(SIGNED_IN_AT) instanceof Long time ? time : session.getCreationTime();
        return signedIn <= at;
    }

    /** Notes when a sign-in through the form happened, in its session. */
    @EventListener
    void onFormSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().getSession(true).setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
        }
    }
}
