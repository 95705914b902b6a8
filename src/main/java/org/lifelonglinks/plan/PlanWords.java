package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * The fixed words of the printed plan and the language of its dates. The young person's own copy
 * ({@code /api/me/plan.*}) reads them from the young person's bundle ({@code i18n/young-person*.properties}, keys
 * {@code me.printed.*}) in the language of their page, so it is in Welsh when they choose Welsh. A worker's copy
 * keeps its own English words, written here, and is not changed by the bundle.
 */
final class PlanWords {

    /** A worker's copy: the plan's words as workers have always printed them. */
    static final PlanWords WORKERS = new PlanWords(Map.ofEntries(
            Map.entry("me.printed.title", "{0}'s Lifelong Links plan"),
            Map.entry("me.printed.agreed", "Agreed on {0}"),
            Map.entry("me.printed.update", "(update {0})"),
            Map.entry("me.printed.approved", "Approved by {0} (social worker) on {1}."),
            Map.entry("me.printed.notapproved", "Not yet approved by the social worker."),
            Map.entry("me.printed.met", "We met on {0}."),
            Map.entry("me.printed.there", "Who was there: {0}."),
            Map.entry("me.printed.someone", "someone from your network"),
            Map.entry("me.printed.person", "{0} (your {1})"),
            Map.entry("me.printed.line", "{0}, {1}, starting {2}."),
            Map.entry("me.printed.keeper", "Who keeps it going: {0}."),
            Map.entry("me.printed.keeper.you", "you"),
            Map.entry("me.printed.keeper.carer", "{0} (your carer)"),
            Map.entry("me.printed.look", "We look at it again by {0}."),
            Map.entry("me.printed.closing", "We will look at this plan together again to see how it is going. If "
                    + "something is not working, or you would like to change it, tell your coordinator at any time."),
            Map.entry("me.printed.meeting", "Our meeting"),
            Map.entry("me.printed.what", "What we agreed"),
            Map.entry("me.printed.nothing", "Nothing is in the plan yet."),
            Map.entry("me.printed.next", "What happens next"),
            Map.entry("me.printed.activity.CALL", "Phone or video calls"),
            Map.entry("me.printed.activity.MESSAGE", "Messages"),
            Map.entry("me.printed.activity.CARD_OR_LETTER", "Cards or letters"),
            Map.entry("me.printed.activity.MEETING", "Meeting up or going out together"),
            Map.entry("me.printed.activity.FAMILY_EVENT", "Family events"),
            Map.entry("me.printed.activity.HOLIDAY", "A holiday together"),
            Map.entry("me.printed.activity.OVERNIGHT_STAY", "Overnight stays"),
            Map.entry("me.printed.activity.WORK_EXPERIENCE", "Help with work experience"),
            Map.entry("me.printed.often.WEEKLY", Frequency.WEEKLY.words()),
            Map.entry("me.printed.often.FORTNIGHTLY", Frequency.FORTNIGHTLY.words()),
            Map.entry("me.printed.often.MONTHLY", Frequency.MONTHLY.words()),
            Map.entry("me.printed.often.EVERY_FEW_MONTHS", Frequency.EVERY_FEW_MONTHS.words()),
            Map.entry("me.printed.often.TWICE_A_YEAR", Frequency.TWICE_A_YEAR.words()),
            Map.entry("me.printed.often.YEARLY", Frequency.YEARLY.words()),
            Map.entry("me.printed.often.BIRTHDAYS_AND_FESTIVALS", Frequency.BIRTHDAYS_AND_FESTIVALS.words()),
            Map.entry("me.printed.often.ONCE", Frequency.ONCE.words()))::get, Locale.UK);

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d)}");

    private final Function<String, String> messages;
    private final Locale locale;
    private final DateTimeFormatter day;

    private PlanWords(Function<String, String> messages, Locale locale) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.locale = locale;
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    /**
     * The young person's copy in the language of their page (Welsh or English). Messages are taken as written
     * (no args, so no MessageFormat: apostrophes stay) and {0}, {1}… filled in here, as the chart's words are.
     */
    static PlanWords youngPerson(MessageSource bundle, Locale locale) {
        Locale language = locale != null && "cy".equals(locale.getLanguage()) ? Locale.of("cy") : Locale.UK;
        return new PlanWords(key -> bundle.getMessage(key, null, null, language), language);
    }

    /** The language of the words, for the page's {@code lang}. */
    String lang() {
        return "cy".equals(locale.getLanguage()) ? "cy" : "en-GB";
    }

    /** The message, {0}, {1}… filled in; a key with no message (a kind of contact a plan does not use) is null. */
    String word(String key, Object... args) {
        String text = messages.apply(key);
        if (text == null) {
            return null;
        }
        // One pass, so a name that itself reads "{1}" stays as typed.
        return PLACEHOLDER.matcher(text).replaceAll(m -> {
            int i = Integer.parseInt(m.group(1));
            return java.util.regex.Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group());
        });
    }

    /** A date as day, month and year in the words' language ("3 December 2026", "3 Rhagfyr 2026"). */
    String day(LocalDate date) {
        return date.format(day);
    }
}
