package org.lifelonglinks.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.text.Normalizer;
import java.util.Map;

/**
 * Decodes ANSEL (ANSI/NISO Z39.47), the character set of older GEDCOM files: ASCII below 0x80, special letters
 * from 0xA1, and combining diacritics from 0xE0 that come <em>before</em> the letter they sit on (Unicode puts
 * them after, so they are held back and the pair composed). A byte ANSEL does not define is an error.
 */
final class AnselReader extends Reader {

    private static final Map<Integer, Character> SPECIAL = Map.ofEntries(
            Map.entry(0xA1, 'Ł'), Map.entry(0xA2, 'Ø'), Map.entry(0xA3, 'Đ'), Map.entry(0xA4, 'Þ'),
            Map.entry(0xA5, 'Æ'), Map.entry(0xA6, 'Œ'), Map.entry(0xA7, 'ʹ'), Map.entry(0xA8, '·'),
            Map.entry(0xA9, '♭'), Map.entry(0xAA, '®'), Map.entry(0xAB, '±'), Map.entry(0xAC, 'Ơ'),
            Map.entry(0xAD, 'Ư'), Map.entry(0xAE, 'ʼ'), Map.entry(0xB0, 'ʻ'), Map.entry(0xB1, 'ł'),
            Map.entry(0xB2, 'ø'), Map.entry(0xB3, 'đ'), Map.entry(0xB4, 'þ'), Map.entry(0xB5, 'æ'),
            Map.entry(0xB6, 'œ'), Map.entry(0xB7, 'ʺ'), Map.entry(0xB8, 'ı'), Map.entry(0xB9, '£'),
            Map.entry(0xBA, 'ð'), Map.entry(0xBC, 'ơ'), Map.entry(0xBD, 'ư'), Map.entry(0xC0, '°'),
            Map.entry(0xC1, 'ℓ'), Map.entry(0xC2, '℗'), Map.entry(0xC3, '©'), Map.entry(0xC4, '♯'),
            Map.entry(0xC5, '¿'), Map.entry(0xC6, '¡'), Map.entry(0xC7, 'ß'), Map.entry(0xC8, '€'),
            Map.entry(0xCF, 'ß'));

    private static final Map<Integer, Character> COMBINING = Map.ofEntries(
            Map.entry(0xE0, '\u0309'), Map.entry(0xE1, '\u0300'), Map.entry(0xE2, '\u0301'),
            Map.entry(0xE3, '\u0302'), Map.entry(0xE4, '\u0303'), Map.entry(0xE5, '\u0304'),
            Map.entry(0xE6, '\u0306'), Map.entry(0xE7, '\u0307'), Map.entry(0xE8, '\u0308'),
            Map.entry(0xE9, '\u030C'), Map.entry(0xEA, '\u030A'), Map.entry(0xEB, '\uFE20'),
            Map.entry(0xEC, '\uFE21'), Map.entry(0xED, '\u0315'), Map.entry(0xEE, '\u030B'),
            Map.entry(0xEF, '\u0310'), Map.entry(0xF0, '\u0327'), Map.entry(0xF1, '\u0328'),
            Map.entry(0xF2, '\u0323'), Map.entry(0xF3, '\u0324'), Map.entry(0xF4, '\u0325'),
            Map.entry(0xF5, '\u0333'), Map.entry(0xF6, '\u0332'), Map.entry(0xF7, '\u0326'),
            Map.entry(0xF8, '\u031C'), Map.entry(0xF9, '\u032E'), Map.entry(0xFA, '\uFE22'),
            Map.entry(0xFB, '\uFE23'), Map.entry(0xFE, '\u0313'));

    private final InputStream in;
    private final StringBuilder pending = new StringBuilder();

    AnselReader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (pending.isEmpty()) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            pending.append(decode(b));
        }
        int n = Math.min(length, pending.length());
        pending.getChars(0, n, buffer, offset);
        pending.delete(0, n);
        return n;
    }

    private String decode(int b) throws IOException {
        if (b < 0x80) {
            return String.valueOf((char) b);
        }
        if (COMBINING.containsKey(b)) {
            var marks = new StringBuilder().append(COMBINING.get(b));
            int next = in.read();
            while (next >= 0 && COMBINING.containsKey(next)) {
                marks.append(COMBINING.get(next));
                next = in.read();
            }
            if (next < 0 || next == '\n' || next == '\r') {
                throw new java.nio.charset.MalformedInputException(1);
            }
            String base = decode(next);
            return Normalizer.normalize(base + marks, Normalizer.Form.NFC);
        }
        Character special = SPECIAL.get(b);
        if (special == null) {
            throw new java.nio.charset.MalformedInputException(1);
        }
        return String.valueOf(special);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
