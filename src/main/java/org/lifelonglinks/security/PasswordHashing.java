package org.lifelonglinks.security;

import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed: bcrypt at a configured strength, behind the {@code {id}} prefix. */
final class PasswordHashing {

    private PasswordHashing() {
    }

    /**
     * New hashes are {@code {bcrypt}} at {@code strength}; a stored hash of any kind Spring Security knows (another
     * bcrypt strength, or an older algorithm) still verifies, so the strength can change without a migration.
     */
    static PasswordEncoder encoder(int strength) {
        var encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
