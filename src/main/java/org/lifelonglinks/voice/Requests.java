package org.lifelonglinks.voice;

import java.util.List;
import org.lifelonglinks.network.Wish;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.TextRules;

/** The bodies of the voice endpoints, each checked at the edge (the API's text rules; 422 naming the field). */
final class Requests {

    /** The longest message, suggestion detail or "what I want to say". */
    static final int WORDS = 1000;

    private Requests() {
    }

    /** What the young person wants about someone they tell us about. */
    enum Want { BACK_IN_TOUCH, KNOW_ABOUT_THEM, NOT_NOW }

    /**
     * Someone the young person remembers or wants to know about.
     *
     * @param name     the name as they know it ("Aunty Kerry")
     * @param relation how they are related, or where they knew them
     * @param want     what they want
     * @param more     anything else they want to say
     */
    record Suggestion(String name, String relation, Want want, String more) {
        Suggestion checked() {
            String tidyName = TextRules.name("name", name);
            if (tidyName == null) {
                throw new MissingFieldException("name");
            }
            if (want == null) {
                throw new MissingFieldException("want");
            }
            return new Suggestion(tidyName, TextRules.line("relation", relation, TextRules.LINE), want,
                    TextRules.note("more", more, WORDS));
        }
    }

    /** How a coordinator answers a suggestion without adding anyone. */
    enum Answer { LOOKING, TALK_TO_YOU }

    /**
     * A coordinator's decision on a suggestion: {@code personId} (someone now in the network, added or connected
     * through the usual form and its duplicate check) accepts it; otherwise {@code answer}, with optional words for
     * the young person.
     */
    record Decision(String personId, Answer answer, String words) {
        Decision checked() {
            String person = TextRules.line("personId", personId, TextRules.LINE);
            if (person == null && answer == null) {
                throw new MissingFieldException("answer");
            }
            if (person != null && answer != null) {
                throw new InvalidFieldException("answer", "give personId to accept, or answer; not both");
            }
            return new Decision(person, answer, TextRules.note("words", words, WORDS));
        }
    }

    /** The young person's wish about someone they can see, in their own words. */
    record WishRequest(Wish wish, String words) {
        WishRequest checked() {
            if (wish == null) {
                throw new MissingFieldException("wish");
            }
            return new WishRequest(wish, TextRules.note("words", words, WORDS));
        }
    }

    /** Whom they would like at their meeting (from the people they can see) and what they want to say. */
    record MeetingWishes(List<String> people, String say) {
        MeetingWishes checked() {
            var ids = TextRules.list("people", people, TextRules.LIST).stream()
                    .map(id -> TextRules.line("people", id, TextRules.LINE))
                    .filter(java.util.Objects::nonNull).distinct().toList();
            return new MeetingWishes(ids, TextRules.note("say", say, WORDS));
        }
    }

    /** Whether one part of their plan is happening. */
    enum Happening { YES, PARTLY, NO }

    record HappeningRequest(Happening happening) {
        HappeningRequest checked() {
            if (happening == null) {
                throw new MissingFieldException("happening");
            }
            return this;
        }
    }

    /** How much they know about their family, 1 (very little) to 5 (a lot). */
    record FamilyKnowledge(Integer rating) {
        FamilyKnowledge checked() {
            if (rating == null) {
                throw new MissingFieldException("rating");
            }
            if (rating < 1 || rating > 5) {
                throw new InvalidFieldException("rating", "rating is from 1 to 5");
            }
            return this;
        }
    }

    /** A message, perhaps a reply to an earlier one of the same thread. */
    record Message(String text, String replyTo) {
        Message checked() {
            String tidy = TextRules.note("text", text, WORDS);
            if (tidy == null) {
                throw new MissingFieldException("text");
            }
            return new Message(tidy, TextRules.line("replyTo", replyTo, TextRules.LINE));
        }
    }

    /** "I don't feel safe", with a few words if they want. */
    record Unsafe(String words) {
        Unsafe checked() {
            return new Unsafe(TextRules.note("words", words, WORDS));
        }
    }
}
