package org.lifelonglinks.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Flesch reading ease of an English text: 206.835 − 1.015 × (words per sentence) − 84.6 × (syllables per word);
 * 60-70 is plain English, 70-80 easy (about age 12-13), 80-90 easy for age 11. Syllables are counted as most
 * readability tools do: groups of vowels (y counting as a vowel after the first letter), less a silent final "e"
 * (but not "-le" after a consonant), at least one a word. Numbers and telephone numbers count as one syllable a
 * group of digits (they are read by sight).
 */
final class ReadingEase {

    private ReadingEase() {
    }

    static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}']+"))
                .map(w -> w.replaceAll("^'+|'+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    static int sentences(String text) {
        int count = text.split("[.!?:]+(\\s|$)").length;
        return Math.max(1, count);
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("'s$", "").replace("'", "");
        if (w.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        int count = 0;
        boolean previousVowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = "aeiou".indexOf(c) >= 0 || (c == 'y' && i > 0);
            if (vowel && !previousVowel) {
                count++;
            }
            previousVowel = vowel;
        }
        if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && count > 1) {
            count--;
        } else if (w.endsWith("le") && w.length() > 2 && "aeiouy".indexOf(w.charAt(w.length() - 3)) >= 0
                && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }

    static double score(String text) {
        var words = words(text);
        if (words.isEmpty()) {
            return 206.835;
        }
        int syllables = words.stream().mapToInt(ReadingEase::syllables).sum();
        return 206.835 - 1.015 * ((double) words.size() / sentences(text))
                - 84.6 * ((double) syllables / words.size());
    }
}
