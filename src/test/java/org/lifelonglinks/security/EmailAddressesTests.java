package org.lifelonglinks.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.system.InvalidFieldException;
import tools.jackson.databind.json.JsonMapper;

/** A worker's e-mail address: one plain address, never anything that could become another mail header. */
class EmailAddressesTests {

    @Test
    void takesPlainAddressesAndTidiesThem() {
        assertThat(EmailAddresses.checked("email", " casey.c+ll@council.example.org ")).isEqualTo(
                "casey.c+ll@council.example.org");
        assertThat(EmailAddresses.checked("email", "o'neil@a-b.example")).isEqualTo("o'neil@a-b.example");
        assertThat(EmailAddresses.checked("email", "  ")).isNull();
        assertThat(EmailAddresses.checked("email", null)).isNull();
    }

    @Test
    void refusesEveryHostileStringAloneOrInsideAnAddress() throws Exception {
        var hostile = new ArrayList<String>();
        try (InputStream in = getClass().getResourceAsStream("/hostile-strings.json")) {
            JsonMapper.builder().build().readTree(in).path("strings")
                    .forEach(entry -> hostile.add(entry.path("value").asString()));
        }
        hostile.addAll(List.of("\r\nBcc: everyone@elsewhere.example", "\nSubject: hi", "\r", "%0d%0aBcc:x@y.example",
                " <x@y.example>", ",other@elsewhere.example", ";other@elsewhere.example", "\u2028x@y.example"));
        assertThat(hostile).hasSizeGreaterThan(20);
        int refused = 0;
        for (String s : hostile) {
            for (String candidate : List.of(s, "casey@example.org" + s, s + "casey@example.org")) {
                if (candidate.isBlank()) {
                    continue;
                }
                try {
                    String accepted = EmailAddresses.checked("email", candidate);
                    // Whatever is taken is one address of printable ASCII: nothing can start another header.
                    assertThat(accepted.chars().allMatch(c -> c > 0x20 && c < 0x7f)).as(candidate).isTrue();
                    assertThat(accepted.chars().filter(c -> c == '@').count()).as(candidate).isEqualTo(1);
                    assertThat(accepted).as(candidate).doesNotContain(",", ";", "<", ">", " ");
                } catch (InvalidFieldException e) {
                    assertThat(e.getMessage()).contains("email");
                    refused++;
                }
            }
        }
        assertThat(refused).as("most hostile strings are refused").isGreaterThan(hostile.size());
        for (String header : List.of("casey@example.org\r\nBcc: everyone@elsewhere.example",
                "casey@example.org\nSubject: hi", "casey@example.org\r")) {
            assertThatThrownBy(() -> EmailAddresses.checked("email", header)).as(header)
                    .isInstanceOf(InvalidFieldException.class);
        }
    }

    @Test
    void refusesTooLongAnAddress() {
        String longOne = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "." + "e".repeat(20) + ".org";
        assertThat(longOne.length()).isGreaterThan(EmailAddresses.MAX);
        assertThatThrownBy(() -> EmailAddresses.checked("email", longOne)).isInstanceOf(InvalidFieldException.class);
    }
}
