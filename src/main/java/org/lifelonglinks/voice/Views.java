package org.lifelonglinks.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.network.PossibleDuplicate;
import org.lifelonglinks.network.Wish;

/** What the voice endpoints answer: the young person's views hold keys their page puts into words, never a reason. */
final class Views {

    private Views() {
    }

    /**
     * One of the young person's suggestions as they see it. {@code answer} is WAITING, ADDED, LOOKING or TALK
     * (their page says it kindly); {@code words} are the coordinator's words for them, if any.
     */
    record OwnSuggestion(String id, String name, String relation, Requests.Want want, LocalDate saidOn,
            String answer, String words) {
    }

    /** A suggestion as the coordinator sees it, with the duplicate check's matches while it waits. */
    record CaseSuggestion(String id, String name, String relation, Requests.Want want, String more,
            LocalDate saidOn, String state, String personId, String personName, Requests.Answer answer,
            String words, String decidedBy, List<PossibleDuplicate> possibleMatches) {
    }

    /** Someone the young person can see, with their own latest wish about them. */
    record OwnPerson(String personId, String name, Wish wish, String words, LocalDate saidOn) {
    }

    /** A part of their plan, and their latest answer to "is it happening?". */
    record OwnCommitment(String commitmentId, String personId, String name, String activity, String frequency,
            Requests.Happening happening, LocalDate saidOn) {
    }

    record Named(String personId, String name) {
    }

    record OwnMeeting(List<Named> people, String say, LocalDate saidOn) {
    }

    record Rating(int rating, LocalDate saidOn) {
    }

    /** Everything of theirs the young person's page shows, from the people they may see only. */
    record OwnVoice(String coordinator, String socialWorker, List<OwnPerson> people, OwnMeeting meeting,
            List<OwnCommitment> plan, Rating familyKnowledge) {
    }

    /** A message in the thread; {@code seen} is the coordinator's read receipt on the young person's message. */
    record Message(String id, boolean fromYoungPerson, String from, String text, Instant sentAt, String replyTo,
            boolean seen, Instant seenAt) {
    }

    record OwnMessages(String coordinator, List<Message> messages) {
    }

    /** What happens next after "I don't feel safe": who has been told. */
    record UnsafeAnswer(Instant recordedAt, List<String> coordinators, List<String> socialWorkers,
            boolean tasksRaised) {
    }

    /** A wish as workers see it, beside their own record of the young person's wish. */
    record CaseWish(String personId, String personName, Wish wish, String words, LocalDate saidOn,
            Wish coordinatorsView) {
    }

    record CaseHappening(String commitmentId, String personId, String personName, Requests.Happening happening,
            LocalDate saidOn) {
    }

    record CaseUnsafe(Instant saidAt, String words) {
    }

    /** The young person's own words, for their workers. */
    record CaseVoice(List<CaseWish> wishes, OwnMeeting meeting, List<CaseHappening> happening,
            List<Rating> familyKnowledge, List<CaseUnsafe> unsafe) {
    }
}
