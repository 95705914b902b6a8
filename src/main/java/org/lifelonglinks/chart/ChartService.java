package org.lifelonglinks.chart;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lifelonglinks.analysis.RelationshipCalculator;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.chart.ChartData.Closeness;
import org.lifelonglinks.chart.ChartData.Member;
import org.lifelonglinks.chart.ChartData.Symbol;
import org.lifelonglinks.chart.ChartData.Tie;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.Connection;
import org.lifelonglinks.network.Kin;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.NetworkService;
import org.lifelonglinks.safeguarding.OwnNetwork;
import org.lifelonglinks.safeguarding.OwnNetworkService;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.Sex;
import org.lifelonglinks.network.WorkStatus;
import org.lifelonglinks.network.YoungPerson;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.BoundedMemo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Builds charts: for workers from the whole network (do-not-contact people drawn and marked), for a young person
 * only from their own server-side projection, so nothing hidden from them can reach the picture.
 */
@Service
class ChartService {

    private final NetworkService networks;
    private final OwnNetworkService ownNetworks;
    private final Safeguarding safeguarding;
    private final AuditTrail audit;
    private final MessageSource messages;
    /**
     * Drawings kept for the next identical request (safeguarding invariant 22): the key is everything a drawing is
     * made from, compared whole, so a change to the network or to what the safeguarding module answers is a new key.
     */
    private final BoundedMemo<Object, byte[]> drawings = new BoundedMemo<>(DRAWINGS_KEPT, DRAWING_BYTES_KEPT,
            bytes -> bytes.length);

    /** At most this many drawings are kept (a network's ecomap and family tree are two), */
    static final int DRAWINGS_KEPT = 512;
    /** and at most this many bytes of them (a 100-person ecomap SVG is about 60 KB). */
    static final long DRAWING_BYTES_KEPT = 64L << 20;

    /**
     * A worker's drawing: the network as read now, who the safeguarding module bars today, and the contact situation
     * it answers now. The drawing is the same for every worker who may read the network (that is checked first).
     */
    private record WorkerDrawing(Network network, Set<String> barred, Map<String, Baseline> contactNow,
            ChartRenderer.View view, ChartRenderer.Format format) {
    }

    /**
     * The young person's own drawing: their projection from the safeguarding module as it stands now, and their
     * page's language. A different type from {@link WorkerDrawing}, so the two never share an entry.
     */
    private record OwnDrawing(OwnNetwork own, String language, ChartRenderer.View view, ChartRenderer.Format format) {
    }

    ChartService(NetworkService networks, OwnNetworkService ownNetworks,
            Safeguarding safeguarding, AuditTrail audit, MessageSource messages) {
        this.messages = messages;
        this.networks = networks;
        this.ownNetworks = ownNetworks;
        this.safeguarding = safeguarding;
        this.audit = audit;
    }

    byte[] workerChart(CurrentUser user, String youngPersonId, ChartRenderer.View view, ChartRenderer.Format format) {
        var network = networks.network(user, youngPersonId,
                List.of(AuditEvent.of(user.username(), "CHART_READ", youngPersonId).withDetail(view + " " + format)));
        var safety = safeguarding.network(youngPersonId);
        return drawings.get(new WorkerDrawing(network, safety.barred(), safety.contactNow(), view, format),
                key -> {
                    // Drawn from the key alone: a hit is then exactly what drawing again would give.
                    var drawing = (WorkerDrawing) key;
                    return ChartRenderer.render(fromNetwork(drawing.network(), drawing.barred(), drawing.contactNow()),
                            drawing.view(), drawing.format());
                });
    }

    /**
     * The young person's own chart, its words from their bundle (MessageSource, {@code me.chart.*}) in the language
     * of their page: the request's locale, chosen as for /me and /api/me/words (anything but Welsh is English).
     */
    byte[] ownChart(CurrentUser user, ChartRenderer.View view, ChartRenderer.Format format, Locale locale) {
        var own = ownNetworks.ownNetwork(user, "OWN_CHART_READ");
        return drawings.get(new OwnDrawing(own, locale.toLanguageTag(), view, format), key -> {
            var drawing = (OwnDrawing) key;
            var words = OwnWords.of(word -> messages.getMessage(word, null, null, locale));
            return ChartRenderer.render(fromOwnNetwork(drawing.own()).inWords(words), drawing.view(),
                    drawing.format());
        });
    }

    /** How many drawings are kept now (for tests). */
    int drawingsKept() {
        return drawings.size();
    }

    static ChartData fromNetwork(Network network, Set<String> doNotContact) {
        return fromNetwork(network, doNotContact, Map.of());
    }

    /** @param now the contact situation now by person id, where it differs from the referral baseline */
    static ChartData fromNetwork(Network network, Set<String> doNotContact, Map<String, Baseline> now) {
        var calculator = new RelationshipCalculator(network);
        String you = network.youngPerson().id();
        var members = network.connections().stream().map(c -> {
            Person p = network.people().stream().filter(x -> x.id().equals(c.personId())).findFirst().orElseThrow();
            String side = calculator.relationshipTo(you, p.id()).map(RelationshipCalculator.Relationship::side)
                    .orElse(null);
            var situation = now.getOrDefault(p.id(), c.baseline());
            boolean repaired = !c.baseline().inTouch() && situation.inTouch();
            return member(p.id(), displayName(p), c.relationship(), c.category(), side, situation, repaired,
                    doNotContact.contains(p.id()), p.sex(), p.deceased());
        }).toList();
        var kinship = network.kinship().stream()
                .map(k -> new ChartData.KinLine(k.fromPersonId(), k.toPersonId(), k.kind().name(), k.qualifier().name()))
                .toList();
        return new ChartData(you, network.youngPerson().givenName(), members, kinship);
    }

    static ChartData fromOwnNetwork(OwnNetwork own) {
        // Rebuild just enough of a network from the projection to tell the side of the family.
        var people = own.people().stream().map(p -> new Person(p.id(), p.name(), null, List.of(), null, null, null,
                p.sex(), p.deceased(), null, null)).toList();
        // The projection carries no baseline; "back in touch" stands for it, so the chart can mark the repair.
        var connections = own.people().stream().map(p -> new Connection("c-" + p.id(), p.id(), p.relationship(),
                p.category(), null, null, p.backInTouch() ? Baseline.LOST_TOUCH : p.contact(), false,
                Instant.EPOCH)).toList();
        var now = new java.util.HashMap<String, Baseline>();
        own.people().forEach(p -> now.put(p.id(), p.contact()));
        var kin = own.kinship().stream().map(k -> new Kin(k.fromId(), k.toId(), k.kind(), k.qualifier())).toList();
        var youngPerson = new YoungPerson(own.me().id(), own.me().givenName(), "", java.time.LocalDate.EPOCH, "", "",
                WorkStatus.REFERRED, java.time.LocalDate.EPOCH, List.of(), List.of());
        return inTheirWords(fromNetwork(new Network(youngPerson, people, connections, kin), Set.of(), now), own);
    }

    /**
     * The young person's chart in their own words: each line drawn from the same contact situation their page
     * shows on that person's card (not a worker's judgement of the relationship), and no do-not-contact marking.
     */
    static ChartData inTheirWords(ChartData chart, OwnNetwork own) {
        var byId = new java.util.HashMap<String, OwnNetwork.OwnPerson>();
        own.people().forEach(p -> byId.put(p.id(), p));
        var members = chart.members().stream().map(m -> {
            var person = byId.get(m.id());
            return new Member(m.id(), m.name(), m.relationship(), m.group(), m.closeness(), ownTie(person),
                    m.repaired(), false, m.symbol(), m.deceased());
        }).toList();
        return chart.forReader(ChartData.Reader.YOUNG_PERSON, members);
    }

    /** The line to someone on the young person's chart: the words on their card, drawn. */
    static Tie ownTie(OwnNetwork.OwnPerson person) {
        if (person.deceased()) {
            return Tie.REMEMBERED;
        }
        return switch (person.contact()) {
            case REGULAR -> Tie.STRONG;
            case OCCASIONAL -> Tie.TENUOUS;
            case LOST_TOUCH, BROKEN_DOWN -> Tie.LOST;
            case NEVER_MET -> Tie.NOT_MET;
        };
    }

    private static Member member(String id, String name, String relationship, Category category, String side,
            Baseline contact, boolean repaired, boolean doNotContact, Sex sex, boolean deceased) {
        return new Member(id, name, relationship, group(category, side), closeness(contact), tie(contact), repaired,
                doNotContact, symbol(sex), deceased);
    }

    static String group(Category category, String side) {
        return switch (category) {
            case FAMILY -> "maternal".equals(side) ? "Mum's side" : "paternal".equals(side) ? "Dad's side" : "Family";
            case FORMER_CARER -> "Former carers";
            case EDUCATION -> "School and education";
            case FRIEND -> "Friends";
            case PROFESSIONAL -> "Professionals";
            case COMMUNITY -> "Community";
        };
    }

    private static Closeness closeness(Baseline contact) {
        return switch (contact) {
            case REGULAR -> Closeness.CLOSE;
            case OCCASIONAL -> Closeness.SOME;
            default -> Closeness.APART;
        };
    }

    private static Tie tie(Baseline contact) {
        return switch (contact) {
            case REGULAR -> Tie.STRONG;
            case OCCASIONAL -> Tie.TENUOUS;
            case BROKEN_DOWN -> Tie.STRESSFUL;
            default -> Tie.LOST;
        };
    }

    private static Symbol symbol(Sex sex) {
        return switch (sex) {
            case MALE -> Symbol.SQUARE;
            case FEMALE -> Symbol.CIRCLE;
            default -> Symbol.DIAMOND;
        };
    }

    private static String displayName(Person p) {
        if (p.knownAs() != null) {
            return p.knownAs();
        }
        return p.givenName() != null ? p.givenName() : p.familyName();
    }
}
