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
    /**
     * Titles, honorifics and generational suffixes: words written with a name that are not part of it. Only
     * words that are rarely a name on their own are listed ("Major", "Prince" and "Bishop" are surnames too).
     */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord",
            "lady", "rev", "revd", "reverend", "prof", "professor", "capt", "captain", "col", "lt", "sgt", "hon",
            "jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii", "iv", "esq", "esquire");
    /** Epithets after "the": "the Elder", "the Younger". */
    private static final Set<String> EPITHETS = Set.of("elder", "younger", "great", "good", "bold");

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

    /**
     * The name's parts without titles, honorifics, generational suffixes, epithets ("the Elder") and the "of" of a
     * place used as a name ("of Gaunt"); the parts as they are if nothing else would be left.
     */
    static List<String> tokensWithoutTitles(String name) {
        List<String> tokens = tokens(name);
        if (tokens.size() < 2) {
            return tokens;
        }
        List<String> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (TITLES.contains(token)) {
                continue;
            }
            if (token.equals("the") && i + 1 < tokens.size() && EPITHETS.contains(tokens.get(i + 1))) {
                i++;
                continue;
            }
            if (token.equals("of") && i + 1 < tokens.size()) {
                // "John of Gaunt", "of Gaunt": the place is the name.
                continue;
            }
            kept.add(token);
        }
        return kept.isEmpty() ? tokens : kept;
    }

    /** The parts and, for a multi-part name, the joined form, without titles (see {@link #tokensWithoutTitles}). */
    static Set<String> formsWithoutTitles(String name) {
        List<String> tokens = tokensWithoutTitles(name);
        Set<String> forms = new LinkedHashSet<>(tokens);
        if (tokens.size() > 1) {
            forms.add(String.join("", tokens));
        }
        return forms;
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
