package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class TextRulesTests {

    @Test
    void aNameNeedsALetterOfAnyScript() {
        assertThat(TextRules.name("givenName", "  Siobhán   Ní Bhriain ")).isEqualTo("Siobhán Ní Bhriain");
        assertThat(TextRules.name("givenName", "李小龍")).isEqualTo("李小龍");
        assertThat(TextRules.name("givenName", "   ")).isNull();
        for (String noLetter : new String[] {"*", "1234", "\u200b\u200c\u200d", "]]>"}) {
            assertThatThrownBy(() -> TextRules.name("givenName", noLetter))
                    .isInstanceOf(InvalidFieldException.class)
                    .hasMessage("givenName must contain a letter");
        }
    }

    @Test
    void controlCharactersLoneSurrogatesAndNonCharactersAreRefusedNamingTheFieldAndTheCharacter() {
        assertThatThrownBy(() -> TextRules.line("town", "A\u0000B", 200))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("town contains a control character (U+0000) at position 2")
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("town");
        assertThatThrownBy(() -> TextRules.line("town", "Nel\u0085", 200)).hasMessageContaining("U+0085");
        assertThatThrownBy(() -> TextRules.line("town", "Ann\n1 NOTE", 200)).hasMessageContaining("line break");
        assertThatThrownBy(() -> TextRules.line("town", "Half\uD800", 200)).hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> TextRules.line("town", "Non\uFFFE", 200)).hasMessageContaining("non-character");
        assertThatThrownBy(() -> TextRules.line("town", "Non\uFDD0", 200)).hasMessageContaining("non-character");
    }

    @Test
    void aNoteKeepsLineBreaksAndTabsButNoOtherControls() {
        assertThat(TextRules.note("note", " First line\r\n\tsecond ", 2000)).isEqualTo("First line\n\tsecond");
        assertThatThrownBy(() -> TextRules.note("note", "Bell\u0007", 2000)).hasMessageContaining("U+0007");
    }

    @Test
    void everyTextHasAMaximumLengthCountedAsPeopleCountCharacters() {
        assertThat(TextRules.name("givenName", "😀".repeat(50) + "a".repeat(50))).hasSize(150);
        assertThatThrownBy(() -> TextRules.name("givenName", "x".repeat(101)))
                .hasMessage("givenName must be at most 100 characters");
        assertThatThrownBy(() -> TextRules.note("note", "x".repeat(2001), 2000))
                .hasMessage("note must be at most 2000 characters");
    }

    @Test
    void aListHasAMaximumSize() {
        assertThat(TextRules.names("formerFamilyNames", null)).isEmpty();
        assertThat(TextRules.names("formerFamilyNames", java.util.List.of("Smith", " ", "Smith"))).containsExactly("Smith");
        assertThatThrownBy(() -> TextRules.names("formerFamilyNames", Collections.nCopies(1_000_000, "Smith")))
                .hasMessage("formerFamilyNames may hold at most 50 entries");
    }

    @Test
    void aPasswordIsAtMostSeventyTwoBytesOfUtf8() {
        assertThat(TextRules.password("password", "p".repeat(72), 12)).hasSize(72);
        assertThatThrownBy(() -> TextRules.password("password", "p".repeat(73), 12))
                .hasMessageStartingWith("password must be at most 72 bytes in UTF-8");
        assertThatThrownBy(() -> TextRules.password("password", "é".repeat(37), 12))
                .hasMessageStartingWith("password must be at most 72 bytes");
        assertThatThrownBy(() -> TextRules.password("password", "short", 12))
                .hasMessage("password must have at least 12 characters");
        assertThatThrownBy(() -> TextRules.password("password", null, 12)).isInstanceOf(MissingFieldException.class);
    }

    @Test
    void cleaningRemovesWhatTheRulesRefuseAndKeepsWordsApart() {
        assertThat(TextRules.clean("Ctl\u0001\u0007\u001b[31mX", false)).isEqualTo("Ctl   [31mX");
        assertThat(TextRules.clean("Line\u2028Sep\u0085Nel", false)).isEqualTo("Line Sep Nel");
        assertThat(TextRules.clean("Non\uFFFEchar", false)).isEqualTo("Nonchar");
        assertThat(TextRules.clean("Two\nlines", true)).isEqualTo("Two\nlines");
        assertThat(TextRules.problem("Plain O'Brien", false)).isNull();
    }

    @Test
    void utf8IsDecodedStrictlyOverlongFormsAndInvalidBytesRefused() throws Exception {
        assertThat(read(new byte[] {'A', (byte) 0xC3, (byte) 0xA9})).isEqualTo("Aé");
        assertThatThrownBy(() -> read(new byte[] {'A', (byte) 0xC0, (byte) 0xBC}))
                .isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> read(new byte[] {'A', (byte) 0xFF})).isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void theJsonBodyCheckRefusesOverlongFormsSurrogatesAndCutSequences() throws Exception {
        assertThat(check(new byte[] {'{', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, '}'})).isTrue();
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xBC}, {(byte) 0xE0, (byte) 0x80, (byte) 0xBC},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}}) {
            assertThatThrownBy(() -> check(bad)).isInstanceOf(StrictUtf8InputStream.InvalidUtf8Exception.class)
                    .hasMessageContaining("not valid UTF-8");
        }
    }

    private static String read(byte[] bytes) throws Exception {
        try (Reader reader = TextRules.utf8(new ByteArrayInputStream(bytes))) {
            var out = new java.io.StringWriter();
            reader.transferTo(out);
            return out.toString();
        }
    }

    private static boolean check(byte[] bytes) throws Exception {
        try (var in = new StrictUtf8InputStream(new ByteArrayInputStream(bytes))) {
            in.readAllBytes();
            return true;
        }
    }
}
