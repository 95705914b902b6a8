package org.lifelonglinks.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import org.lifelonglinks.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes the {@code admin} account on first start, before the web server takes requests, so the service is
 * never open and never has a default password.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AdminProperties properties;
    private final Clock clock;

    AdminBootstrap(UserAccountRepository accounts, PasswordEncoder encoder, AdminProperties properties, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.anyAdmin()) {
            return;
        }
        boolean generated = properties.initialPassword() == null || properties.initialPassword().isBlank();
        String password = generated ? randomPassword() : properties.initialPassword();
        if (!generated && password.length() < UserAccountService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("LIFELINKS_ADMIN_PASSWORD must have at least "
                    + UserAccountService.MIN_PASSWORD_LENGTH + " characters");
        }
        var account = new UserAccount(ADMIN, encoder.encode(password), "Administrator", EnumSet.of(Role.ADMIN), null,
                true, clock.instant(), null);
        accounts.create(account, AuditEvent.of("system", "USER_CREATED", null).withDetail("bootstrap admin"));
        if (generated) {
            // Printed once, on the first start only: the password is stored nowhere but as a hash.
            log.warn("""

                    ==================================================================
                     First start: created the account 'admin' with the password
                         {}
                     It is shown only this once. Sign in and keep it safe, or set
                     LIFELINKS_ADMIN_PASSWORD before the first start next time.
                    ==================================================================""", password);
        } else {
            log.info("First start: created the account 'admin' with the password from LIFELINKS_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
