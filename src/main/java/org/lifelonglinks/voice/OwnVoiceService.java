package org.lifelonglinks.voice;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.casework.TaskKind;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.network.Wish;
import org.lifelonglinks.safeguarding.NetworkSafety;
import org.lifelonglinks.safeguarding.OwnNetworkService;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The young person's side of their voice. Every person they may name or see is checked with the safeguarding
 * module ({@link NetworkSafety#shownToYoungPerson}) and their names come from its projection
 * ({@link OwnNetworkService}); an id they may not see answers 404 exactly like one that does not exist. What they
 * write is stored with the day, raises the workers' tasks, and is audited; nothing of it goes to anyone in their
 * network.
 */
@Service
class OwnVoiceService {

    private final NetworkAccess network;
    private final Safeguarding safeguarding;
    private final OwnNetworkService ownNetworks;
    private final VoiceRepository repository;
    private final AuditTrail audit;
    private final VoiceProperties settings;

    OwnVoiceService(NetworkAccess network, Safeguarding safeguarding, OwnNetworkService ownNetworks,
            VoiceRepository repository, AuditTrail audit, VoiceProperties settings) {
        this.network = network;
        this.safeguarding = safeguarding;
        this.ownNetworks = ownNetworks;
        this.repository = repository;
        this.audit = audit;
        this.settings = settings;
    }

    /** The signed-in young person, their record's id and given name, and what they may see today. */
    private record Me(String username, String id, String givenName, NetworkSafety safety) {
    }

    private Me me(CurrentUser user) {
        if (!user.is(Role.YOUNG_PERSON) || user.youngPersonId() == null) {
            throw new NotFoundException("Your own page (this account is not a young person's)");
        }
        var youngPerson = network.readable(user, user.youngPersonId());
        return new Me(user.username(), youngPerson.id(), youngPerson.givenName(),
                safeguarding.network(youngPerson.id()));
    }

    // ---- suggestions ----

    Views.OwnSuggestion suggest(CurrentUser user, Requests.Suggestion request) {
        var me = me(user);
        var suggestion = request.checked();
        var properties = new HashMap<String, Object>();
        properties.put("name", suggestion.name());
        properties.put("relation", suggestion.relation());
        properties.put("want", suggestion.want().name());
        properties.put("more", suggestion.more());
        properties.put("state", "WAITING");
        var note = "They know them as " + suggestion.name()
                + (suggestion.relation() == null ? "" : " (" + suggestion.relation() + ")") + ". They want: "
                + switch (suggestion.want()) {
                    case BACK_IN_TOUCH -> "to be back in touch";
                    case KNOW_ABOUT_THEM -> "to know about them";
                    case NOT_NOW -> "not now, but wanted you to know";
                } + "." + (suggestion.more() == null ? "" : "\n" + suggestion.more());
        var node = repository.say(me.id(), VoiceRepository.Kind.OwnSuggestion, properties,
                new VoiceRepository.Raise(TaskKind.YOUNG_PERSON_SUGGESTION,
                        me.givenName() + " told us about someone: accept or answer", note, List.of(Role.COORDINATOR)),
                AuditEvent.of(me.username(), "OWN_SUGGESTION_MADE", me.id()));
        return ownSuggestion(node, me.safety());
    }

    List<Views.OwnSuggestion> suggestions(CurrentUser user) {
        var me = me(user);
        var list = repository.said(me.id(), VoiceRepository.Kind.OwnSuggestion).stream()
                .map(n -> ownSuggestion(n, me.safety())).toList().reversed();
        audit.append(AuditEvent.of(me.username(), "OWN_SUGGESTIONS_READ", me.id()).withDetail(list.size()
                + " suggestions"));
        return list;
    }

    /**
     * The suggestion in the young person's terms: an accepted person they may not see (now) reads "your coordinator
     * will talk to you about this", exactly like that answer, so nothing reveals a safety decision.
     */
    private static Views.OwnSuggestion ownSuggestion(Said node, NetworkSafety safety) {
        String state = node.get("state").asString();
        String answer;
        String words = node.get("words").asString(null);
        if ("ACCEPTED".equals(state)) {
            String personId = node.get("personId").asString(null);
            if (personId != null && safety.shownToYoungPerson(personId)) {
                answer = "ADDED";
            } else {
                answer = "TALK";
                words = null;
            }
        } else if ("ANSWERED".equals(state)) {
            answer = "LOOKING".equals(node.get("answer").asString()) ? "LOOKING" : "TALK";
        } else {
            answer = "WAITING";
        }
        return new Views.OwnSuggestion(node.get("id").asString(), node.get("name").asString(),
                node.get("relation").asString(null), Requests.Want.valueOf(node.get("want").asString()),
                VoiceRepository.dateOf(node, "saidOn"), answer, words);
    }

    // ---- wishes, meeting, plan, family knowledge ----

    Views.OwnPerson wish(CurrentUser user, String personId, Requests.WishRequest request) {
        var me = me(user);
        var person = visiblePerson(me, personId);
        var wish = request.checked();
        var properties = new HashMap<String, Object>();
        properties.put("personId", personId);
        properties.put("wish", wish.wish().name());
        properties.put("words", wish.words());
        var node = repository.say(me.id(), VoiceRepository.Kind.OwnWish, properties, null,
                AuditEvent.of(me.username(), "OWN_WISH_SAID", me.id()).aboutPerson(personId)
                        .withDetail(wish.wish().name()));
        return new Views.OwnPerson(personId, person, wish.wish(), wish.words(), VoiceRepository.dateOf(node, "saidOn"));
    }

    Views.OwnMeeting meetingWishes(CurrentUser user, Requests.MeetingWishes request) {
        var me = me(user);
        var wishes = request.checked();
        var named = wishes.people().stream().map(id -> {
            if (!me.safety().shownToYoungPerson(id)) {
                throw new InvalidFieldException("people", "people lists someone who is not in your network");
            }
            return new Views.Named(id, nameOf(id));
        }).toList();
        var properties = new HashMap<String, Object>();
        properties.put("people", wishes.people());
        properties.put("say", wishes.say());
        var node = repository.say(me.id(), VoiceRepository.Kind.OwnMeetingWish, properties, null,
                AuditEvent.of(me.username(), "OWN_MEETING_WISHES_SAID", me.id())
                        .withDetail(named.size() + " people"));
        return new Views.OwnMeeting(named, wishes.say(), VoiceRepository.dateOf(node, "saidOn"));
    }

    Views.OwnCommitment happening(CurrentUser user, String commitmentId, Requests.HappeningRequest request) {
        var me = me(user);
        var answer = request.checked();
        var commitment = ownCommitments(me).get(commitmentId);
        if (commitment == null) {
            throw new NotFoundException("Part of your plan");
        }
        var properties = new HashMap<String, Object>();
        properties.put("commitmentId", commitmentId);
        properties.put("personId", commitment.personId());
        properties.put("happening", answer.happening().name());
        var node = repository.say(me.id(), VoiceRepository.Kind.OwnHappening, properties, null,
                AuditEvent.of(me.username(), "OWN_PLAN_HAPPENING_SAID", me.id()).aboutPerson(commitment.personId())
                        .withDetail(answer.happening().name()));
        return new Views.OwnCommitment(commitmentId, commitment.personId(), commitment.name(), commitment.activity(),
                commitment.frequency(), answer.happening(), VoiceRepository.dateOf(node, "saidOn"));
    }

    Views.Rating familyKnowledge(CurrentUser user, Requests.FamilyKnowledge request) {
        var me = me(user);
        var rating = request.checked();
        var node = repository.say(me.id(), VoiceRepository.Kind.OwnFamilyKnowledge,
                Map.of("rating", rating.rating()), null,
                AuditEvent.of(me.username(), "OWN_FAMILY_KNOWLEDGE_SAID", me.id()).withDetail("rating "
                        + rating.rating()));
        return new Views.Rating(rating.rating(), VoiceRepository.dateOf(node, "saidOn"));
    }

    /** Everything of theirs for their page: only about people the safeguarding module lets them see today. */
    Views.OwnVoice voice(CurrentUser user) {
        var me = me(user);
        var own = ownNetworks.ownNetwork(user, "OWN_VOICE_READ");
        var latestWish = latest(repository.said(me.id(), VoiceRepository.Kind.OwnWish), "personId");
        var people = own.people().stream()
                .sorted(Comparator.comparing(p -> p.name()))
                .map(p -> {
                    var wish = latestWish.get(p.id());
                    return wish == null ? new Views.OwnPerson(p.id(), p.name(), null, null, null)
                            : new Views.OwnPerson(p.id(), p.name(), Wish.valueOf(wish.get("wish").asString()),
                                    wish.get("words").asString(null), VoiceRepository.dateOf(wish, "saidOn"));
                }).toList();
        var meetings = repository.said(me.id(), VoiceRepository.Kind.OwnMeetingWish);
        Views.OwnMeeting meeting = null;
        if (!meetings.isEmpty()) {
            var last = meetings.getLast();
            meeting = new Views.OwnMeeting(last.get("people").asList(v -> v.asString()).stream()
                    .filter(me.safety()::shownToYoungPerson).map(id -> new Views.Named(id, nameOf(id))).toList(),
                    last.get("say").asString(null), VoiceRepository.dateOf(last, "saidOn"));
        }
        var latestHappening = latest(repository.said(me.id(), VoiceRepository.Kind.OwnHappening), "commitmentId");
        var plan = ownCommitments(me).values().stream().map(c -> {
            var said = latestHappening.get(c.commitmentId());
            return said == null ? c : new Views.OwnCommitment(c.commitmentId(), c.personId(), c.name(), c.activity(),
                    c.frequency(), Requests.Happening.valueOf(said.get("happening").asString()),
                    VoiceRepository.dateOf(said, "saidOn"));
        }).toList();
        var ratings = repository.said(me.id(), VoiceRepository.Kind.OwnFamilyKnowledge);
        var rating = ratings.isEmpty() ? null : new Views.Rating(ratings.getLast().get("rating").asInt(),
                VoiceRepository.dateOf(ratings.getLast(), "saidOn"));
        var workers = repository.workers(me.id());
        return new Views.OwnVoice(firstName(workers, Role.COORDINATOR), firstName(workers, Role.SOCIAL_WORKER),
                people, meeting, plan, rating);
    }

    // ---- messages ----

    Views.OwnMessages messages(CurrentUser user) {
        var me = me(user);
        var messages = repository.said(me.id(), VoiceRepository.Kind.OwnMessage).stream()
                .map(VoiceService::message).toList();
        audit.append(AuditEvent.of(me.username(), "OWN_MESSAGES_READ", me.id()).withDetail(messages.size()
                + " messages"));
        return new Views.OwnMessages(firstName(repository.workers(me.id()), Role.COORDINATOR), messages);
    }

    Views.Message send(CurrentUser user, Requests.Message request) {
        var me = me(user);
        var message = request.checked();
        var properties = new HashMap<String, Object>();
        properties.put("fromYoungPerson", true);
        properties.put("author", me.username());
        properties.put("authorName", me.givenName());
        properties.put("text", message.text());
        properties.put("replyTo", message.replyTo());
        var node = repository.sendFromYoungPerson(me.id(), properties, me.givenName() + " sent you a message",
                AuditEvent.of(me.username(), "OWN_MESSAGE_SENT", me.id()));
        return VoiceService.message(node);
    }

    // ---- I don't feel safe ----

    Views.UnsafeAnswer unsafe(CurrentUser user, Requests.Unsafe request) {
        var me = me(user);
        var unsafe = request == null ? new Requests.Unsafe(null) : request.checked();
        var properties = new HashMap<String, Object>();
        properties.put("words", unsafe.words());
        var raised = repository.unsafe(me.id(), properties, settings.unsafeTaskEvery(),
                "URGENT: " + me.givenName() + " says they do not feel safe. Contact them today.",
                unsafe.words() == null ? "They pressed \"I don't feel safe\" on their page."
                        : "In their words: " + unsafe.words(),
                AuditEvent.of(me.username(), "OWN_UNSAFE_SAID", me.id()));
        var workers = repository.workers(me.id());
        return new Views.UnsafeAnswer(Instant.now(), names(workers, Role.COORDINATOR),
                names(workers, Role.SOCIAL_WORKER), !raised.isEmpty());
    }

    // ----

    /** The current plan's commitments with people the young person may see, by id, in the plan's order. */
    private Map<String, Views.OwnCommitment> ownCommitments(Me me) {
        var result = new LinkedHashMap<String, Views.OwnCommitment>();
        for (var c : repository.currentCommitments(me.id())) {
            String personId = (String) c.get("personId");
            if (personId != null && me.safety().shownToYoungPerson(personId)) {
                String id = (String) c.get("commitmentId");
                result.put(id, new Views.OwnCommitment(id, personId, nameOf(personId), (String) c.get("activity"),
                        (String) c.get("frequency"), null, null));
            }
        }
        return result;
    }

    /** The name the young person knows someone by, for someone already checked as shown to them; else 404. */
    private String visiblePerson(Me me, String personId) {
        if (!me.safety().shownToYoungPerson(personId)) {
            throw new NotFoundException("Person in your network");
        }
        return nameOf(personId);
    }

    private String nameOf(String personId) {
        return network.person(personId).map(OwnNetworkService::nameOf)
                .orElseThrow(() -> new NotFoundException("Person in your network"));
    }

    /** The latest node per value of {@code key}. */
    static Map<String, Said> latest(List<Said> nodes, String key) {
        var latest = new HashMap<String, Said>();
        nodes.forEach(n -> latest.put(n.get(key).asString(), n));
        return latest;
    }

    private static String firstName(List<VoiceRepository.Worker> workers, Role role) {
        return workers.stream().filter(w -> w.role() == role).map(VoiceRepository.Worker::displayName)
                .findFirst().orElse(null);
    }

    private static List<String> names(List<VoiceRepository.Worker> workers, Role role) {
        return workers.stream().filter(w -> w.role() == role).map(VoiceRepository.Worker::displayName).toList();
    }
}
