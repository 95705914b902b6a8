package org.lifelonglinks.tracing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns names as typed into comparable forms: lower case, accents and apostrophes removed ("O'Brien" becomes
 * "obrien"), anything but letters treated as a separator. A multi-part name ("Smith-Jones", "Mary Ann",
 * "Mc Carthy") gives its parts and the parts joined, so an added or dropped space or hyphen still matches.
 */
final class NameNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameNormaliser() {
    }

    /** The name's parts, normalised; empty for {@code null} or a name without letters. */
    static List<String> tokens(String name) {
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        String text = name;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        List<String> tokens = new ArrayList<>(2);
        StringBuilder token = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                token.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z') {
                token.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '`') {
                // O'Brien and OBrien are the same name: the apostrophe joins rather than separates.
                continue;
            } else if (!token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** All parts joined without separators ("Smith-Jones" becomes "smithjones"); empty string if none. */
    static String joined(String name) {
        return String.join("", tokens(name));
    }

    /** The parts and, for a multi-part name, the joined form: every form a match may use. */
    static Set<String> forms(String name) {
        List<String> tokens = tokens(name);
        Set<String> forms = new LinkedHashSet<>(tokens);
        if (tokens.size() > 1) {
            forms.add(String.join("", tokens));
        }
        return forms;
    }

    /** A normalised postcode: upper case letters and digits only. */
    static String postcode(String postcode) {
        if (postcode == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(postcode.length());
        for (int i = 0; i < postcode.length(); i++) {
            char c = Character.toUpperCase(postcode.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The outward code of a UK postcode ("CV12AB" gives "CV1"); the whole value when it is too short to have an
     * inward code (an outward code typed on its own, or a non-UK postcode).
     */
    static String outwardCode(String normalisedPostcode) {
        int length = normalisedPostcode.length();
        if (length >= 5 && length <= 7 && Character.isLetter(normalisedPostcode.charAt(0))) {
            return normalisedPostcode.substring(0, length - 3);
        }
        return normalisedPostcode;
    }

    /** Upper-cases the first letter of each part, for reasons shown to people ("o'brien" to "O'brien"). */
    static String display(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
