package org.lifelonglinks.chart;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.lifelonglinks.chart.Layout.Form;
import org.lifelonglinks.chart.Layout.LegendEntry;
import org.lifelonglinks.chart.Layout.Stroke;

/**
 * The words of a young person's own chart, written for a twelve-year-old and matching their page: the lines say
 * what the cards say ("in touch often", "not in touch at the moment"); someone who has died is remembered, with a
 * heart rather than a cross; and the key has nothing to say about anyone being barred or kept off the picture,
 * because the young person's chart never holds such a person and must not hint that one could exist.
 * <p>
 * Every word is a message of the young person's bundle ({@code i18n/young-person*.properties}, keys
 * {@code me.chart.*}), in the language of their page: the controller passes the request's locale and the
 * application's MessageSource. {@link #ENGLISH} reads the English bundle itself, for charts made without a request.
 * A workers' chart never uses these words.
 */
public final class OwnWords {

    /** Drawn on the line to someone the young person is back in touch with, as the star on their card. */
    static final String BACK_IN_TOUCH_MARK = "★";
    /** Drawn on the line to, and under the name of, someone who has died, as the heart on their card. */
    static final String REMEMBERED_MARK = "♡";

    /** The English bundle, read from the classpath. */
    public static final OwnWords ENGLISH = of(english()::getProperty);

    private final Function<String, String> messages;

    private OwnWords(Function<String, String> messages) {
        this.messages = messages;
    }

    /** @param messages a message of the bundle by its key, as written ({0} not yet filled), or null if none */
    public static OwnWords of(Function<String, String> messages) {
        return new OwnWords(Objects.requireNonNull(messages, "messages"));
    }

    private static Properties english() {
        var properties = new Properties();
        try (var in = OwnWords.class.getResourceAsStream("/i18n/young-person.properties")) {
            properties.load(new InputStreamReader(Objects.requireNonNull(in, "i18n/young-person.properties"),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The message, {0}, {1}… filled in as the page's scripts fill them (no MessageFormat: apostrophes stay). */
    String word(String key, Object... args) {
        String text = messages.apply(key);
        if (text == null) {
            text = ENGLISH == null || ENGLISH == this ? key : ENGLISH.word(key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    String backInTouch() {
        return BACK_IN_TOUCH_MARK + " " + word("me.chart.mark.back");
    }

    String remembered() {
        return REMEMBERED_MARK + " " + word("me.chart.mark.remembered");
    }

    /** The key to the picture of the people around them. */
    List<LegendEntry> peopleAroundYouKey() {
        return List.of(
                new LegendEntry(null, Form.CENTRE, false, false, word("me.chart.key.you")),
                new LegendEntry(Stroke.THICK, null, false, false, word("me.chart.key.often")),
                new LegendEntry(Stroke.DASHED, null, false, false, word("me.chart.key.sometimes")),
                new LegendEntry(Stroke.DOTTED, null, false, false, word("me.chart.key.apart")),
                new LegendEntry(null, Form.CIRCLE, false, false, word("me.chart.key.notmet")),
                new LegendEntry(Stroke.SOLID, null, false, false, word("me.chart.key.back"), BACK_IN_TOUCH_MARK),
                new LegendEntry(Stroke.SOLID, null, false, false, word("me.chart.key.remembered"), REMEMBERED_MARK));
    }

    /** The key to their family tree. */
    List<LegendEntry> familyTreeKey() {
        return List.of(
                new LegendEntry(null, Form.SQUARE, false, false, word("me.chart.key.male")),
                new LegendEntry(null, Form.CIRCLE, false, false, word("me.chart.key.female")),
                new LegendEntry(null, Form.DIAMOND, false, false, word("me.chart.key.other")),
                new LegendEntry(Stroke.SOLID, null, false, false, word("me.chart.key.birth")),
                new LegendEntry(Stroke.DASHED, null, false, false, word("me.chart.key.adopted")),
                new LegendEntry(Stroke.DOTTED, null, false, false, word("me.chart.key.foster")),
                new LegendEntry(Stroke.SOLID, null, false, false, word("me.chart.key.split"), "//"),
                new LegendEntry(null, Form.CIRCLE, false, false, remembered() + " " + word("me.chart.key.died")));
    }

    /** A group's heading in their words, the same as the groups on their page (ChartService.group's names). */
    String group(String group) {
        String key = switch (group) {
            case "Mum's side" -> "MUM";
            case "Dad's side" -> "DAD";
            case "Family" -> "FAMILY";
            case "Former carers" -> "FORMER_CARER";
            case "School and education" -> "EDUCATION";
            case "Friends" -> "FRIEND";
            case "Professionals" -> "PROFESSIONAL";
            case "Community" -> "COMMUNITY";
            default -> null;
        };
        return key == null ? group : word("me.chart.group." + key);
    }

    /** The title of the picture of the people around them. */
    String networkTitle(String name) {
        return word("me.chart.network.title", name);
    }

    /** The title of their family tree. */
    String familyTreeTitle(String name) {
        return word("me.chart.family.title", name);
    }

    /** After the family tree's title, when some people are only in the other picture ("People around me"). */
    String alsoInTheOtherPicture(int people) {
        return " " + (people == 1 ? word("me.chart.family.more.one") : word("me.chart.family.more.many", people));
    }

    /** The heading of the key. */
    String keyHeading() {
        return word("me.chart.key");
    }

    /** What the picture is, for screen readers, after its title. */
    String described(int people) {
        return people == 1 ? word("me.chart.desc.one") : word("me.chart.desc.many", people);
    }
}
