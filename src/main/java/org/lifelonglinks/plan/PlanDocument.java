package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
        List<Section> sections, String closing) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The people in the plan, one section each, with a sentence per commitment. */
    record Section(String heading, List<String> lines) {
    }

    /** Who the copy is for: which people it may name, and whose commitments are suspended by a safety decision. */
    record Audience(java.util.function.Predicate<String> mayName, Set<String> suspended) {
    }

    static final String SUSPENDED = "Suspended for now: a safety decision stands. Not part of the plan until it is "
            + "lifted.";

    static PlanDocument of(String youngPersonName, Plan plan, Meeting meeting, Audience audience,
            java.util.Map<String, String> namesById) {
        var byPerson = new LinkedHashMap<String, List<Plan.Commitment>>();
        plan.commitments().stream()
                .filter(c -> audience.mayName().test(c.personId()))
                .forEach(c -> byPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(c));
        var sections = byPerson.values().stream().map(commitments -> {
            var first = commitments.getFirst();
            String heading = first.name() + (first.relationship() == null ? "" : " (your " + first.relationship()
                    + ")");
            var lines = new ArrayList<String>();
            if (audience.suspended().contains(first.personId())) {
                lines.add(SUSPENDED);
            }
            commitments.stream().map(c -> sentence(c) + keeping(c, audience)).forEach(lines::add);
            return new Section(heading, List.copyOf(lines));
        }).toList();
        var people = new ArrayList<String>();
        people.add(youngPersonName);
        if (meeting != null) {
            meeting.attended().stream().filter(audience.mayName()).map(id -> namesById
                    .getOrDefault(id, "someone from your network")).forEach(people::add);
            people.addAll(meeting.others());
        }
        var meetingLines = meeting == null ? List.<String>of()
                : List.of("We met on " + day(meeting.date()) + ".", "Who was there: " + String.join(", ", people) + ".");
        var approval = plan.approval();
        return new PlanDocument(youngPersonName + "'s Lifelong Links plan",
                "Agreed on " + day(plan.agreedOn()) + (plan.version() > 1 ? " (update " + plan.version() + ")" : ""),
                approval == null ? "Not yet approved by the social worker."
                        : "Approved by " + approval.approverName() + " (social worker) on " + day(approval.approvedOn())
                                + ".",
                plan.summary(), meetingLines, sections,
                "We will look at this plan together again to see how it is going. If something is not working, "
                        + "or you would like to change it, tell your coordinator at any time.");
    }

    private static String sentence(Plan.Commitment commitment) {
        String what = switch (commitment.activity()) {
            case CALL -> "Phone or video calls";
            case MESSAGE -> "Messages";
            case CARD_OR_LETTER -> "Cards or letters";
            case MEETING -> "Meeting up or going out together";
            case FAMILY_EVENT -> "Family events";
            case HOLIDAY -> "A holiday together";
            case OVERNIGHT_STAY -> "Overnight stays";
            case WORK_EXPERIENCE -> "Help with work experience";
            default -> commitment.activity().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
        String text = what + ", " + commitment.frequency().words() + ", starting " + day(commitment.startDate()) + ".";
        return commitment.note() == null ? text : text + " " + commitment.note();
    }

    /**
     * Who keeps the commitment going and when it is next looked at, as words after the commitment; a keeper from the
     * network is named only if the copy may name them, and marked suspended on a worker's copy while barred.
     */
    private static String keeping(Plan.Commitment commitment, Audience audience) {
        var words = new StringBuilder();
        var keeper = commitment.keeper();
        if (keeper != null) {
            String who = switch (keeper.kind()) {
                case NETWORK_PERSON -> keeper.personId() != null && keeper.name() != null
                        && audience.mayName().test(keeper.personId())
                        ? keeper.name() + (audience.suspended().contains(keeper.personId())
                                ? " (suspended for now: a safety decision stands)" : "")
                        : null;
                case YOUNG_PERSON -> "you";
                case CARER -> keeper.name() + " (your carer)";
                case ROLE -> keeper.name();
            };
            if (who != null) {
                words.append(" Who keeps it going: ").append(who).append('.');
            }
        }
        if (commitment.nextLookOn() != null) {
            words.append(" We look at it again by ").append(day(commitment.nextLookOn())).append('.');
        }
        return words.toString();
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }
}
