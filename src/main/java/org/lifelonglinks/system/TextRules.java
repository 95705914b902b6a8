package org.lifelonglinks.system;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one set of rules for text that comes in: every request record's compact constructor and every importer
 * asks here. A name needs a letter; every field has a maximum length and every list a maximum size; C0 and C1
 * control characters (a multi-line note keeps line breaks and tabs), lone surrogates and Unicode non-characters
 * are refused, because they break the XML, HTML, GEDCOM and CSV the service writes and a person cannot see them.
 * Imports that must go on use {@link #clean} and report what was removed instead.
 */
public final class TextRules {

    /** Names: given, family, former, known-as, display names. */
    public static final int NAME = 100;
    /** Other one-line text: relationships, towns, ids, phone numbers, emails. */
    public static final int LINE = 200;
    /** Free text that may run over several lines: notes, summaries, addresses. */
    public static final int NOTE = 2000;
    /** Entries in a list of names (former family names, people at a meeting). */
    public static final int LIST = 50;
    /** bcrypt reads only the first 72 bytes of a password; a longer one would be silently cut. */
    public static final int PASSWORD_BYTES = 72;

    /** What {@link #line} collapses to one space (the regex {@code \s}: ASCII white space), compiled once. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextRules() {
    }

    /** An optional name: tidied, or null when blank; refused (422) without a letter or with bad characters. */
    public static String name(String field, String value) {
        String tidy = line(field, value, NAME);
        if (tidy != null && !hasLetter(tidy)) {
            throw new InvalidFieldException(field, field + " must contain a letter");
        }
        return tidy;
    }

    /** An optional one-line text: stripped, spaces collapsed, null when blank; refused when too long or bad. */
    public static String line(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        refuseLongerThan(field, value, max);
        refuseBadCharacters(field, value, false);
        if (value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        String tidy = needsCollapsing(stripped) ? WHITESPACE.matcher(stripped).replaceAll(" ") : stripped;
        refuseLongerThan(field, tidy, max);
        return tidy;
    }

    /** Whether {@link #WHITESPACE} would change the text: a run of two or more, or one that is not a space. */
    private static boolean needsCollapsing(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                    || (c == ' ' && i + 1 < value.length() && value.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** An optional text of several lines: line breaks and tabs kept (CR LF becomes LF), null when blank. */
    public static String note(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        refuseLongerThan(field, value, max);
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        refuseBadCharacters(field, lines, true);
        if (lines.isBlank()) {
            return null;
        }
        return lines.strip();
    }

    /** A list no longer than {@code max}; null becomes empty. */
    public static <T> List<T> list(String field, List<T> values, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw new InvalidFieldException(field, field + " may hold at most " + max + " entries");
        }
        return values;
    }

    /** A list of names: each checked as a name, blanks and repeats dropped. */
    public static List<String> names(String field, List<String> values) {
        return list(field, values, LIST).stream()
                .filter(Objects::nonNull)
                .map(value -> name(field, value))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /**
     * A new password: at least {@code minLength} characters, at most {@value #PASSWORD_BYTES} bytes in UTF-8 (what
     * bcrypt reads), no control characters. Returned unchanged: spaces in a password are the owner's choice.
     */
    public static String password(String field, String value, int minLength) {
        if (value == null || value.isEmpty()) {
            throw new MissingFieldException(field);
        }
        refuseBadCharacters(field, value, false);
        if (value.codePointCount(0, value.length()) < minLength) {
            throw new InvalidFieldException(field, field + " must have at least " + minLength + " characters");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > PASSWORD_BYTES) {
            throw new InvalidFieldException(field, field + " must be at most " + PASSWORD_BYTES
                    + " bytes in UTF-8 (72 letters without accents; fewer with accents or other scripts)");
        }
        return value;
    }

    /** Whether the text holds at least one letter of any script. */
    public static boolean hasLetter(String value) {
        return value != null && value.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * What {@link #line} or {@link #note} would refuse, in words, or null when the text is acceptable. Used by
     * imports that report a row instead of answering 422.
     */
    public static String problem(String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            String bad = describeBad(c, multiLine);
            if (bad != null) {
                return bad + " at position " + (value.codePointCount(0, i) + 1);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /**
     * The text without the characters the rules refuse, for imports that must go on (a family tree, a
     * directory): a removed line break or control becomes a space, so words stay apart.
     */
    public static String clean(String value, boolean multiLine) {
        if (value == null || problem(value, multiLine) == null) {
            return value;
        }
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (describeBad(c, multiLine) == null) {
                out.appendCodePoint(c);
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(' ');
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /**
     * Decodes UTF-8 strictly: invalid bytes, overlong forms and encoded surrogates end the reading with a
     * {@link java.nio.charset.CharacterCodingException} instead of becoming U+FFFD (or, overlong, a {@code <}).
     */
    public static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static void refuseLongerThan(String field, String value, int max) {
        // Measured in characters as people count them (an emoji is one), after a cheap check on the raw length.
        if (value.length() > max && (value.length() > 2 * max || value.codePointCount(0, value.length()) > max)) {
            throw new InvalidFieldException(field, field + " must be at most " + max + " characters");
        }
    }

    private static void refuseBadCharacters(String field, String value, boolean multiLine) {
        String problem = problem(value, multiLine);
        if (problem != null) {
            throw new InvalidFieldException(field, field + " contains " + problem);
        }
    }

    private static String describeBad(int c, boolean multiLine) {
        if (Character.isSurrogate((char) c) && Character.charCount(c) == 1) {
            return "half of a character (a lone surrogate, U+" + hex(c) + ")";
        }
        if (multiLine && (c == '\n' || c == '\t')) {
            return null;
        }
        if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
            return "a line break (U+" + hex(c) + "), which this one-line field cannot hold";
        }
        if (Character.isISOControl(c)) {
            return "a control character (U+" + hex(c) + ")";
        }
        if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
            return "a Unicode non-character (U+" + hex(c) + ")";
        }
        return null;
    }

    private static String hex(int c) {
        return String.format(Locale.ROOT, "%04X", c);
    }
}
