package org.lifelonglinks.security;

import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Records failed sign-ins in the audit trail with the client's address, so an administrator can see guessing
 * attempts and where they come from. Attempts refused while a client is blocked are not recorded one by one: the
 * block itself is ({@code SIGN_IN_BLOCKED}, {@code ADDRESS_BLOCKED}).
 */
@Component
class SignInAuditor {

    private final AuditTrail audit;

    SignInAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        audit.append(new AuditEvent(name.length() > 60 ? name.substring(0, 60) : name, "SIGN_IN_FAILED", null, null,
                event.getException().getClass().getSimpleName() + " from " + ClientAddresses.of(event.getAuthentication())));
    }
}
