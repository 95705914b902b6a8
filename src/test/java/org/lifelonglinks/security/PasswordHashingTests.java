package org.lifelonglinks.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordHashingTests {

    @Test
    void aNewPasswordIsHashedWithBcryptAtTheConfiguredStrength() {
        assertThat(PasswordHashing.encoder(10).encode("correct horse")).startsWith("{bcrypt}$2a$10$");
        assertThat(PasswordHashing.encoder(4).encode("correct horse")).startsWith("{bcrypt}$2a$04$");
    }

    @Test
    void aHashMadeAtAnotherStrengthStillVerifiesAndAWrongPasswordDoesNot() {
        String stored = "{bcrypt}" + new BCryptPasswordEncoder(6).encode("correct horse");
        var encoder = PasswordHashing.encoder(10);

        assertThat(encoder.matches("correct horse", stored)).isTrue();
        assertThat(encoder.matches("correct horsf", stored)).isFalse();
    }

    @Test
    void aStrengthOutsideBcryptsRangeIsRefusedAtStartUp() {
        assertThatThrownBy(() -> properties(3)).hasMessageContaining("bcrypt-strength");
        assertThatThrownBy(() -> properties(32)).hasMessageContaining("bcrypt-strength");
    }

    private static SignInProperties properties(int strength) {
        return new SignInProperties(5, Duration.ofMinutes(15), Duration.ofSeconds(1), 50, List.of(), true,
                Duration.ofDays(366), strength);
    }
}
