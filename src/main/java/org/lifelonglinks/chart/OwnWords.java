package org.lifelonglinks.chart;

import java.util.List;
import org.lifelonglinks.chart.Layout.Form;
import org.lifelonglinks.chart.Layout.LegendEntry;
import org.lifelonglinks.chart.Layout.Stroke;

/**
 * The words of a young person's own chart, written for a twelve-year-old and matching their page: the lines say
 * what the cards say ("in touch often", "not in touch at the moment"); someone who has died is remembered, with a
 * heart rather than a cross; and the key has nothing to say about anyone being barred or kept off the picture,
 * because the young person's chart never holds such a person and must not hint that one could exist.
 */
final class OwnWords {

    /** Drawn on the line to someone the young person is back in touch with, as the star on their card. */
    static final String BACK_IN_TOUCH_MARK = "★";
    /** Drawn on the line to, and under the name of, someone who has died, as the heart on their card. */
    static final String REMEMBERED_MARK = "♡";
    static final String BACK_IN_TOUCH = BACK_IN_TOUCH_MARK + " back in touch";
    static final String REMEMBERED = REMEMBERED_MARK + " remembered";

    private OwnWords() {
    }

    /** The key to the picture of the people around them. */
    static List<LegendEntry> peopleAroundYouKey() {
        return List.of(
                new LegendEntry(null, Form.CENTRE, false, false, "you, in the middle"),
                new LegendEntry(Stroke.THICK, null, false, false, "in touch often"),
                new LegendEntry(Stroke.DASHED, null, false, false, "in touch now and then"),
                new LegendEntry(Stroke.DOTTED, null, false, false, "not in touch at the moment"),
                new LegendEntry(null, Form.CIRCLE, false, false, "no line: not met yet"),
                new LegendEntry(Stroke.SOLID, null, false, false, "back in touch", BACK_IN_TOUCH_MARK),
                new LegendEntry(Stroke.SOLID, null, false, false, "remembered (has died)", REMEMBERED_MARK));
    }

    /** The key to their family tree. */
    static List<LegendEntry> familyTreeKey() {
        return List.of(
                new LegendEntry(null, Form.SQUARE, false, false, "boy or man"),
                new LegendEntry(null, Form.CIRCLE, false, false, "girl or woman"),
                new LegendEntry(null, Form.DIAMOND, false, false, "another gender, or not known"),
                new LegendEntry(Stroke.SOLID, null, false, false, "family by birth, or partners"),
                new LegendEntry(Stroke.DASHED, null, false, false, "adopted or step family"),
                new LegendEntry(Stroke.DOTTED, null, false, false, "foster family"),
                new LegendEntry(Stroke.SOLID, null, false, false, "partners who split up", "//"),
                new LegendEntry(null, Form.CIRCLE, false, false, REMEMBERED + " (has died)"));
    }

    /** A group's heading in their words, the same as the groups on their page. */
    static String group(String group) {
        return switch (group) {
            case "Former carers" -> "People who cared for you";
            case "School and education" -> "School or college";
            case "Professionals" -> "People who work with you";
            case "Community" -> "Your community";
            default -> group;
        };
    }

    /** After the family tree's title, when some people are only in the other picture ("People around me"). */
    static String alsoInTheOtherPicture(int people) {
        return people == 1 ? " (1 more person is in People around me)"
                : " (" + people + " more people are in People around me)";
    }
}
