package org.lifelonglinks.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.DuplicateCheck;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.network.PersonDetails;
import org.lifelonglinks.network.PossibleDuplicate;
import org.lifelonglinks.network.Wish;
import org.lifelonglinks.safeguarding.OwnNetworkService;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.security.UserAccountService;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The workers' side of the young person's voice: their suggestions with the duplicate check's matches (a match under
 * a do-not-contact decision is flagged here, to workers only), accepting or answering them, their own words beside
 * the workers' records, and the messages with their coordinator. Workers on the caseload read; coordinators (and
 * administrators) answer, reply and mark read.
 */
@Service
class VoiceService {

    private final NetworkAccess network;
    private final Safeguarding safeguarding;
    private final DuplicateCheck duplicates;
    private final VoiceRepository repository;
    private final UserAccountService accounts;
    private final AuditTrail audit;

    VoiceService(NetworkAccess network, Safeguarding safeguarding, DuplicateCheck duplicates,
            VoiceRepository repository, UserAccountService accounts, AuditTrail audit) {
        this.network = network;
        this.safeguarding = safeguarding;
        this.duplicates = duplicates;
        this.repository = repository;
        this.accounts = accounts;
        this.audit = audit;
    }

    List<Views.CaseSuggestion> suggestions(CurrentUser user, String youngPersonId) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var safety = safeguarding.network(youngPersonId);
        var result = new ArrayList<Views.CaseSuggestion>();
        for (var s : repository.said(youngPersonId, VoiceRepository.Kind.OwnSuggestion).reversed()) {
            String state = s.get("state").asString();
            String personId = s.get("personId").asString(null);
            var matches = "WAITING".equals(state) ? matches(user, youngPersonId, s.get("name").asString(), safety)
                    : List.<PossibleDuplicate>of();
            result.add(new Views.CaseSuggestion(s.get("id").asString(), s.get("name").asString(),
                    s.get("relation").asString(null), Requests.Want.valueOf(s.get("want").asString()),
                    s.get("more").asString(null), VoiceRepository.dateOf(s, "saidOn"), state, personId,
                    personId == null ? null : personName(personId),
                    s.get("answer").isNull() ? null : Requests.Answer.valueOf(s.get("answer").asString()),
                    s.get("words").asString(null), s.get("decidedBy").asString(null), matches));
        }
        audit.append(AuditEvent.of(user.username(), "SUGGESTIONS_READ", youngPersonId)
                .withDetail(result.size() + " suggestions"));
        return result;
    }

    /**
     * The duplicate check on the name as the young person knows it (first word as the given name, last as the
     * family name, the whole as "known as"): the young person themself left out, those already in this network
     * marked. The check flags anyone under a do-not-contact decision; only workers ever see it.
     */
    private List<PossibleDuplicate> matches(CurrentUser user, String youngPersonId, String name,
            org.lifelonglinks.safeguarding.NetworkSafety safety) {
        String[] words = name.strip().split("\\s+");
        PersonDetails details;
        try {
            details = new PersonDetails(words[0], words.length > 1 ? words[words.length - 1] : null, null, name,
                    null, null, null, false, null, null);
        } catch (RuntimeException e) {
            return List.of(); // a name the people rules refuse (no letters in a word) has nothing to match
        }
        return duplicates.possibleDuplicates(user, details).stream()
                .filter(d -> !d.personId().equals(youngPersonId))
                .map(d -> safety.inNetwork(d.personId()) ? new PossibleDuplicate(d.personId(), d.givenName(),
                        d.familyName(), d.birthYear(), d.town(), d.strength(), d.doNotContact(), true,
                        d.evidenceFor(), d.evidenceAgainst(), d.score()) : d)
                .toList();
    }

    void decide(CurrentUser user, String youngPersonId, String suggestionId, Requests.Decision request) {
        requireWorker(user);
        network.changeable(user, youngPersonId);
        var decision = request.checked();
        var properties = new HashMap<String, Object>();
        properties.put("words", decision.words());
        String action;
        if (decision.personId() != null) {
            try {
                network.connected(youngPersonId, decision.personId());
            } catch (NotFoundException e) {
                throw new InvalidFieldException("personId", "personId is not someone in this young person's "
                        + "network: add or connect them first");
            }
            properties.put("state", "ACCEPTED");
            properties.put("personId", decision.personId());
            action = "SUGGESTION_ACCEPTED";
        } else {
            properties.put("state", "ANSWERED");
            properties.put("answer", decision.answer().name());
            action = "SUGGESTION_ANSWERED";
        }
        repository.decide(youngPersonId, suggestionId, properties, user.username(),
                new AuditEvent(user.username(), action, youngPersonId, decision.personId(),
                        decision.answer() == null ? "accepted" : decision.answer().name()));
    }

    /** The young person's own words, for the workers' pages (every person named, as workers know them). */
    Views.CaseVoice voice(CurrentUser user, String youngPersonId) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var wishes = OwnVoiceService.latest(repository.said(youngPersonId, VoiceRepository.Kind.OwnWish),
                "personId").values().stream()
                .sorted(java.util.Comparator.comparing((Said n) -> n.get("saidAt").asZonedDateTime()).reversed())
                .map(n -> {
                    String personId = n.get("personId").asString();
                    Wish coordinators = null;
                    try {
                        coordinators = network.connected(youngPersonId, personId).connection().wish();
                    } catch (NotFoundException e) {
                        // no longer in the network: their words are still theirs
                    }
                    return new Views.CaseWish(personId, personName(personId), Wish.valueOf(n.get("wish").asString()),
                            n.get("words").asString(null), VoiceRepository.dateOf(n, "saidOn"), coordinators);
                }).toList();
        var meetings = repository.said(youngPersonId, VoiceRepository.Kind.OwnMeetingWish);
        Views.OwnMeeting meeting = null;
        if (!meetings.isEmpty()) {
            var last = meetings.getLast();
            meeting = new Views.OwnMeeting(last.get("people").asList(v -> v.asString()).stream()
                    .map(id -> new Views.Named(id, personName(id))).toList(), last.get("say").asString(null),
                    VoiceRepository.dateOf(last, "saidOn"));
        }
        var happening = OwnVoiceService.latest(repository.said(youngPersonId, VoiceRepository.Kind.OwnHappening),
                "commitmentId").values().stream()
                .map(n -> new Views.CaseHappening(n.get("commitmentId").asString(), n.get("personId").asString(null),
                        n.get("personId").isNull() ? null : personName(n.get("personId").asString()),
                        Requests.Happening.valueOf(n.get("happening").asString()), VoiceRepository.dateOf(n, "saidOn")))
                .toList();
        var ratings = repository.said(youngPersonId, VoiceRepository.Kind.OwnFamilyKnowledge).stream()
                .map(n -> new Views.Rating(n.get("rating").asInt(), VoiceRepository.dateOf(n, "saidOn"))).toList();
        var unsafe = repository.said(youngPersonId, VoiceRepository.Kind.UnsafeAlert).stream()
                .map(n -> new Views.CaseUnsafe(n.get("saidAt").asZonedDateTime().toInstant(),
                        n.get("words").asString(null))).toList().reversed();
        audit.append(AuditEvent.of(user.username(), "VOICE_READ", youngPersonId));
        return new Views.CaseVoice(wishes, meeting, happening, ratings, unsafe);
    }

    List<Views.Message> messages(CurrentUser user, String youngPersonId) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var messages = repository.said(youngPersonId, VoiceRepository.Kind.OwnMessage).stream()
                .map(VoiceService::message).toList();
        audit.append(AuditEvent.of(user.username(), "MESSAGES_READ", youngPersonId)
                .withDetail(messages.size() + " messages"));
        return messages;
    }

    Views.Message reply(CurrentUser user, String youngPersonId, Requests.Message request) {
        requireWorker(user);
        network.changeable(user, youngPersonId);
        var message = request.checked();
        var properties = new HashMap<String, Object>();
        properties.put("fromYoungPerson", false);
        properties.put("author", user.username());
        properties.put("authorName", accounts.find(user.username()).map(a -> a.displayName())
                .orElse(user.username()));
        properties.put("text", message.text());
        properties.put("replyTo", message.replyTo());
        return message(repository.sendFromCoordinator(youngPersonId, properties, user.username(),
                AuditEvent.of(user.username(), "MESSAGE_SENT", youngPersonId)));
    }

    /** The coordinator has read the young person's messages: they see "Seen"; the waiting task is done. */
    int markRead(CurrentUser user, String youngPersonId) {
        requireWorker(user);
        network.changeable(user, youngPersonId);
        return repository.markRead(youngPersonId, user.username(),
                AuditEvent.of(user.username(), "MESSAGES_MARKED_READ", youngPersonId));
    }

    static Views.Message message(Said n) {
        var seenAt = n.get("seenAt");
        Instant seen = seenAt.isNull() ? null : seenAt.asZonedDateTime().toInstant();
        return new Views.Message(n.get("id").asString(), n.get("fromYoungPerson").asBoolean(),
                n.get("authorName").asString(), n.get("text").asString(),
                n.get("saidAt").asZonedDateTime().toInstant(), n.get("replyTo").asString(null), seen != null, seen);
    }

    private String personName(String personId) {
        return network.person(personId).map(OwnNetworkService::nameOf).orElse("someone no longer recorded");
    }

    private static void requireWorker(CurrentUser user) {
        if (!(user.isAdmin() || user.is(Role.COORDINATOR) || user.is(Role.SOCIAL_WORKER))) {
            throw new ForbiddenException("Only workers see what a young person has told us");
        }
    }
}
