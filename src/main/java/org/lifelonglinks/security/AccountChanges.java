package org.lifelonglinks.security;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lifelonglinks.system.Neo4jSessions;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers when an account's roles, enabled state or password last changed, so that sessions signed in before
 * the change end ({@link StaleSessionFilter}): a session holds the roles it signed in with, and a disabled
 * leaver's open browser must not keep working. Scripts sign in on every request and see a change at once.
 * The sessions themselves are in Neo4j ({@link Neo4jSessions}): a change deletes every stored session of the
 * account, so it ends on every instance at once; the time kept here in memory only catches a request of such a
 * session that was already under way on this instance.
 */
@Component
class AccountChanges {

    private static final String SIGNED_IN_AT = AccountChanges.class.getName() + ".signedInAt";

    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    private final Neo4jSessions sessions;

    AccountChanges(Neo4jSessions sessions) {
        this.sessions = sessions;
    }

    void changed(String username) {
        changedAt.put(username, System.currentTimeMillis());
        sessions.deleteByPrincipalName(username);
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
