package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every word on the young person's own pages is in a message bundle, reads easily, and never uses the workers'
 * words; the Welsh bundle has every message. Reading level: Flesch reading ease of 70 or more for each English
 * message of six words or more; a shorter one (a button, a heading), where the formula means little, passes the
 * equivalent rule: no word of more than four syllables and at most one of three or more. The whole bundle read
 * as one text must also score 70 or more.
 */
class YoungPersonWordsTests {

    /** Workers' words a young person should never have to read (case-insensitive, whole words). */
    static final List<String> WORKERS_WORDS = List.of("referral", "referred", "baseline", "do not contact",
            "do-not-contact", "tenuous", "safeguarding", "barred", "hidden from", "risk assessment", "chronology",
            "commitment", "caseload", "placement", "looked after child", "LAC", "LADO", "section 47");

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = YoungPersonWordsTests.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The message as the page shows it: placeholders filled with a short name, as the page fills them. */
    private static String shown(String message) {
        return message.replaceAll("\\{\\d}", "Sam");
    }

    @Test
    void everyEnglishMessageReadsEasily() throws IOException {
        var english = bundle("young-person.properties");
        var hard = new ArrayList<String>();
        var all = new StringBuilder();
        for (String key : english.stringPropertyNames()) {
            if (key.endsWith(".code")) {
                continue;
            }
            String text = shown(english.getProperty(key));
            all.append(text).append(text.matches(".*[.!?:]$") ? " " : ". ");
            var words = ReadingEase.words(text);
            if (words.size() >= 6) {
                double score = ReadingEase.score(text);
                if (score < 70) {
                    hard.add(key + " (" + Math.round(score) + "): " + text);
                }
            } else {
                long long3 = words.stream().filter(w -> ReadingEase.syllables(w) >= 3).count();
                boolean tooLong = words.stream().anyMatch(w -> ReadingEase.syllables(w) > 4);
                if (long3 > 1 || tooLong) {
                    hard.add(key + " (short, " + long3 + " long words): " + text);
                }
            }
        }
        assertThat(hard).as("messages that are hard to read").isEmpty();
        assertThat(ReadingEase.score(all.toString())).as("the bundle as one text").isGreaterThanOrEqualTo(70);
    }

    @Test
    void noMessageUsesTheWorkersWords() throws IOException {
        for (String name : List.of("young-person.properties", "young-person_cy.properties")) {
            var bundle = bundle(name);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                for (String word : WORKERS_WORDS) {
                    var pattern = Pattern.compile("\\b" + Pattern.quote(word) + "\\b",
                            word.equals(word.toUpperCase(Locale.ROOT)) ? 0 : Pattern.CASE_INSENSITIVE);
                    assertThat(pattern.matcher(text).find()).as(name + " " + key + " says '" + word + "': " + text)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void theWelshBundleHasEveryMessageWithTheSamePlaceholdersInWelsh() throws IOException {
        var english = bundle("young-person.properties");
        var welsh = bundle("young-person_cy.properties");
        assertThat(welsh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        int same = 0;
        for (String key : english.stringPropertyNames()) {
            var placeholders = Pattern.compile("\\{\\d}");
            assertThat(placeholders.matcher(welsh.getProperty(key)).results().map(r -> r.group()).sorted().toList())
                    .as(key).isEqualTo(placeholders.matcher(english.getProperty(key)).results().map(r -> r.group())
                            .sorted().toList());
            if (welsh.getProperty(key).equals(english.getProperty(key))) {
                same++;
            }
        }
        assertThat(same).as("messages left in English (a name like Childline, a placeholder alone)").isLessThan(3);
    }

    /**
     * Every key the young person's pages use is in both bundles: {@code t("…")} in their scripts,
     * {@code #{…}} in their templates, {@code word("…")} in the chart's own words. A key built from a value
     * ({@code t("me.group." + category)}) is checked for every value the page can be sent.
     */
    @Test
    void everyKeyThePagesUseIsInBothBundles() throws IOException {
        var english = bundle("young-person.properties");
        var welsh = bundle("young-person_cy.properties");
        var resources = Path.of("src/main/resources");
        var sources = new ArrayList<Path>();
        try (var scripts = Files.list(resources.resolve("static/js/pages"))) {
            scripts.filter(f -> f.getFileName().toString().matches("me.*\\.js")).forEach(sources::add);
        }
        try (var templates = Files.list(resources.resolve("templates"))) {
            templates.filter(f -> f.getFileName().toString().matches("(me.*|unsafe|layout)\\.html")).forEach(sources::add);
        }
        sources.add(resources.resolve("static/js/own-chart.js"));
        sources.add(Path.of("src/main/java/org/lifelonglinks/chart/OwnWords.java"));
        sources.add(Path.of("src/main/java/org/lifelonglinks/plan/PlanDocument.java"));
        sources.add(Path.of("src/main/java/org/lifelonglinks/plan/PlanHtml.java"));
        sources.add(Path.of("src/main/java/org/lifelonglinks/plan/PlanPdf.java"));
        assertThat(sources).hasSizeGreaterThanOrEqualTo(8);

        var uses = Pattern.compile("\\bt\\(\\s*\"([^\"]+)\"|#\\{'?([\\w.]+)'?|\\bword\\(\\s*\"([^\"]+)\"");
        var used = new java.util.TreeSet<String>();
        for (Path source : sources) {
            var matcher = uses.matcher(Files.readString(source));
            while (matcher.find()) {
                String key = matcher.group(1) != null ? matcher.group(1)
                        : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                used.add(key);
            }
        }
        assertThat(used).as("keys found in the pages").contains("me.hello.name", "me.group.", "me.chart.bigger",
                "me.chart.key.you", "me.documents.none", "me.chart.alt.people", "me.printed.title",
                "me.printed.activity.", "me.printed.often.", "me.printed.next");
        var built = java.util.Map.of(
                "me.group.", java.util.Arrays.stream(org.lifelonglinks.network.Category.values()).map(Enum::name).toList(),
                "me.contact.", java.util.Arrays.stream(org.lifelonglinks.network.Baseline.values()).map(Enum::name).toList(),
                "me.printed.often.", java.util.Arrays.stream(org.lifelonglinks.plan.Frequency.values()).map(Enum::name).toList(),
                "me.printed.activity.", java.util.Arrays.stream(org.lifelonglinks.plan.ContactKind.values())
                        .filter(org.lifelonglinks.plan.ContactKind::withYoungPerson).map(Enum::name).toList());
        var missing = new ArrayList<String>();
        for (String key : used) {
            var keys = !key.endsWith(".") ? List.of(key)
                    : built.containsKey(key) ? built.get(key).stream().map(v -> key + v).toList() : List.<String>of();
            if (key.endsWith(".") && !built.containsKey(key)) {
                // A key built from a value the page alone knows: at least one message has it as its start.
                if (english.stringPropertyNames().stream().noneMatch(k -> k.startsWith(key))) {
                    missing.add(key + "*");
                }
                continue;
            }
            for (String k : keys) {
                if (!english.containsKey(k)) {
                    missing.add(k + " (English)");
                }
                if (!welsh.containsKey(k)) {
                    missing.add(k + " (Welsh)");
                }
            }
        }
        assertThat(missing).as("keys the pages use that a bundle lacks").isEmpty();
    }

    @Test
    void theReadingEaseFormulaScoresPlainAndHardTextAsExpected() {
        assertThat(ReadingEase.syllables("coordinator")).isEqualTo(4);
        assertThat(ReadingEase.syllables("little")).isEqualTo(2);
        assertThat(ReadingEase.syllables("safe")).isEqualTo(1);
        assertThat(ReadingEase.score("The cat sat on the mat.")).isGreaterThan(100);
        assertThat(ReadingEase.score("Safeguarding considerations necessitate an interdisciplinary assessment of "
                + "contact arrangements.")).isLessThan(0);
    }
}
