package org.lifelonglinks.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plan in plain words for the young person and their network: names, relationships, what, how often, from
 * when. No safety reasoning, no addresses or contact details. Who appears is decided today by the safeguarding
 * module, never by the plan as saved: the young person's copy leaves out everyone hidden from them or barred
 * (their commitments, notes and presence at the meeting); a worker's copy keeps a barred person's commitments,
 * marked as suspended. Painted as HTML by {@link PlanHtml} and as PDF by {@link PlanPdf}.
 */
record PlanDocument(String title, String agreed, String approval, String summary, List<String> meeting,
        List<Section> sections, String closing, PlanWords words) {

    /** The people in the plan, one section each, with a sentence per commitment. */
    record Section(String heading, List<String> lines) {
    }

    /** Who the copy is for: which people it may name, and whose commitments are suspended by a safety decision. */
    record Audience(java.util.function.Predicate<String> mayName, Set<String> suspended) {
    }

    static final String SUSPENDED = "Suspended for now: a safety decision stands. Not part of the plan until it is "
            + "lifted.";

    static PlanDocument of(String youngPersonName, Plan plan, Meeting meeting, Audience audience,
            java.util.Map<String, String> namesById, PlanWords words) {
        var byPerson = new LinkedHashMap<String, List<Plan.Commitment>>();
        plan.commitments().stream()
                .filter(c -> audience.mayName().test(c.personId()))
                .forEach(c -> byPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(c));
        var sections = byPerson.values().stream().map(commitments -> {
            var first = commitments.getFirst();
            String heading = first.relationship() == null ? first.name()
                    : words.word("me.printed.person", first.name(), first.relationship());
            var lines = new ArrayList<String>();
            if (audience.suspended().contains(first.personId())) {
                lines.add(SUSPENDED);
            }
            commitments.stream().map(c -> sentence(c, words) + keeping(c, audience, words)).forEach(lines::add);
            return new Section(heading, List.copyOf(lines));
        }).toList();
        var people = new ArrayList<String>();
        people.add(youngPersonName);
        if (meeting != null) {
            meeting.attended().stream().filter(audience.mayName()).map(id -> namesById
                    .getOrDefault(id, words.word("me.printed.someone"))).forEach(people::add);
            people.addAll(meeting.others());
        }
        var meetingLines = meeting == null ? List.<String>of()
                : List.of(words.word("me.printed.met", words.day(meeting.date())),
                        words.word("me.printed.there", String.join(", ", people)));
        var approval = plan.approval();
        return new PlanDocument(words.word("me.printed.title", youngPersonName),
                words.word("me.printed.agreed", words.day(plan.agreedOn()))
                        + (plan.version() > 1 ? " " + words.word("me.printed.update", plan.version()) : ""),
                approval == null ? words.word("me.printed.notapproved")
                        : words.word("me.printed.approved", approval.approverName(), words.day(approval.approvedOn())),
                plan.summary(), meetingLines, sections, words.word("me.printed.closing"), words);
    }

    private static String sentence(Plan.Commitment commitment, PlanWords words) {
        String what = words.word("me.printed.activity." + commitment.activity().name());
        if (what == null) {
            what = commitment.activity().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        String text = words.word("me.printed.line", what,
                words.word("me.printed.often." + commitment.frequency().name()), words.day(commitment.startDate()));
        return commitment.note() == null ? text : text + " " + commitment.note();
    }

    /**
     * Who keeps the commitment going and when it is next looked at, as words after the commitment; a keeper from the
     * network is named only if the copy may name them, and marked suspended on a worker's copy while barred.
     */
    private static String keeping(Plan.Commitment commitment, Audience audience, PlanWords words) {
        var text = new StringBuilder();
        var keeper = commitment.keeper();
        if (keeper != null) {
            String who = switch (keeper.kind()) {
                case NETWORK_PERSON -> keeper.personId() != null && keeper.name() != null
                        && audience.mayName().test(keeper.personId())
                        ? keeper.name() + (audience.suspended().contains(keeper.personId())
                                ? " (suspended for now: a safety decision stands)" : "")
                        : null;
                case YOUNG_PERSON -> words.word("me.printed.keeper.you");
                case CARER -> words.word("me.printed.keeper.carer", keeper.name());
                case ROLE -> keeper.name();
            };
            if (who != null) {
                text.append(' ').append(words.word("me.printed.keeper", who));
            }
        }
        if (commitment.nextLookOn() != null) {
            text.append(' ').append(words.word("me.printed.look", words.day(commitment.nextLookOn())));
        }
        return text.toString();
    }
}
