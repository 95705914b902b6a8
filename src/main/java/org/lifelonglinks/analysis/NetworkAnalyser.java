package org.lifelonglinks.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.lifelonglinks.analysis.NetworkAnalysis.PersonRef;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.Connection;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.Wish;

/**
 * Analyses one network as an undirected graph: the young person and the people in it are vertices; a tie joins
 * the young person to everyone they are in regular or occasional contact with now (and to no one else, whatever
 * the kinship), and joins any two other people recorded as kin (family members are assumed to be able to reach
 * each other).
 * People under a standing do-not-contact decision are left out of the graph altogether, so no answer names them.
 * The graph is a JGraphT {@link SimpleGraph}, copied once into an {@link IndexedGraph} for the walks:
 * <ul>
 * <li>single points of failure (articulation points) and only links (bridges), with who each would cut off
 * from the young person: one depth-first walk, O(V + E + the people listed);</li>
 * <li>routes to lost or wanted people: the shortest chains through up to three different people the young
 * person is in touch with; one breadth-first walk from all those people at once, O(3 · (V + E));</li>
 * <li>centrality: Brandes' betweenness, O(V · E) up to 1,000 people and O(1,000 · E) beyond (sampled
 * sources);</li>
 * <li>relationships: {@link RelationshipCalculator} per person.</li>
 * </ul>
 * Measured on 50, 500 and 5,000 people by {@code AnalysisBenchmark} (docs/performance.md).
 * The analyser is built once per request and computes everything in {@link #analyse()}.
 */
public final class NetworkAnalyser {

    private static final int ROUTES_PER_TARGET = 3;
    private static final int CENTRAL_SHOWN = 5;

    private final Network network;
    private final Set<String> doNotContact;
    private final Map<String, Baseline> now;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Connection> connections = new HashMap<>();
    private final Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    private final String you;
    private final IndexedGraph indexed;
    private IndexedGraph.Cuts cuts;

    /**
     * @param network      the network to analyse
     * @param doNotContact people under a standing do-not-contact decision: left out of every answer but the
     *                     network's size and the relationships in words
     * @param now          the contact situation now, by person id; the referral baseline where absent
     */
    public NetworkAnalyser(Network network, Set<String> doNotContact, Map<String, Baseline> now) {
        this.network = java.util.Objects.requireNonNull(network, "network");
        this.doNotContact = Set.copyOf(doNotContact);
        this.now = Map.copyOf(now);
        this.you = network.youngPerson().id();
        network.people().forEach(p -> people.put(p.id(), p));
        network.connections().forEach(c -> connections.put(c.personId(), c));
        graph.addVertex(you);
        // A barred person is no part of the network the analysis reasons about: never a route, a single point of
        // failure, someone cut off, an only link or a central person to involve.
        people.keySet().stream().filter(id -> !this.doNotContact.contains(id)).sorted().forEach(graph::addVertex);
        for (var connection : network.connections()) {
            if (graph.containsVertex(connection.personId()) && inContactNow(connection)) {
                graph.addEdge(you, connection.personId());
            }
        }
        // The young person's own ties are their contacts now; kinship links only the other people to each other.
        for (var kin : network.kinship()) {
            if (graph.containsVertex(kin.fromPersonId()) && graph.containsVertex(kin.toPersonId())
                    && !kin.fromPersonId().equals(kin.toPersonId())
                    && !kin.fromPersonId().equals(you) && !kin.toPersonId().equals(you)) {
                graph.addEdge(kin.fromPersonId(), kin.toPersonId());
            }
        }
        indexed = new IndexedGraph(graph);
    }

    public NetworkAnalysis analyse() {
        return new NetworkAnalysis(size(), singlePoints(), onlyLinks(), routes(), central(), relationships());
    }

    private NetworkAnalysis.Size size() {
        var byCategory = new EnumMap<Category, Integer>(Category.class);
        var atReferral = new EnumMap<Baseline, Integer>(Baseline.class);
        var current = new EnumMap<Baseline, Integer>(Baseline.class);
        for (var connection : network.connections()) {
            byCategory.merge(connection.category(), 1, Integer::sum);
            atReferral.merge(connection.baseline(), 1, Integer::sum);
            current.merge(nowFor(connection), 1, Integer::sum);
        }
        return new NetworkAnalysis.Size(network.connections().size(), byCategory, atReferral, current);
    }

    private List<NetworkAnalysis.SinglePoint> singlePoints() {
        var result = new ArrayList<NetworkAnalysis.SinglePoint>();
        cuts().cutOff().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            var cutOff = entry.getValue().stream()
                    .map(this::ref)
                    .sorted(Comparator.comparing(PersonRef::name).thenComparing(PersonRef::id))
                    .toList();
            result.add(new NetworkAnalysis.SinglePoint(ref(entry.getKey()), cutOff, "If contact with "
                    + nameOf(entry.getKey()) + " stops, no one links you to " + names(cutOff) + "."));
        });
        return result;
    }

    private List<NetworkAnalysis.OnlyLink> onlyLinks() {
        return cuts().bridges().stream()
                .map(tie -> sortedPair(tie.get(0), tie.get(1)))
                .sorted(Comparator.comparing((String[] pair) -> pair[0]).thenComparing(pair -> pair[1]))
                .map(pair -> new NetworkAnalysis.OnlyLink(ref(pair[0]), ref(pair[1]), "The tie between "
                        + nameOf(pair[0]) + " and " + nameOf(pair[1]) + " is the only one joining their parts of the network."))
                .toList();
    }

    private List<NetworkAnalysis.Route> routes() {
        var avoid = new HashSet<>(doNotContact);
        avoid.add(you);
        var helpers = Graphs.neighborListOf(graph, you).stream().filter(h -> !avoid.contains(h)).sorted().toList();
        var chainsTo = indexed.chainsFromNearest(helpers, avoid, ROUTES_PER_TARGET);
        var routes = new ArrayList<NetworkAnalysis.Route>();
        for (var connection : network.connections().stream().sorted(Comparator.comparing(Connection::personId)).toList()) {
            String target = connection.personId();
            if (!wantedOrLost(connection) || doNotContact.contains(target) || graph.containsEdge(you, target)) {
                continue;
            }
            var chains = chainsTo.getOrDefault(target, List.of()).stream()
                    .map(chain -> chain.stream().map(this::ref).toList())
                    .toList();
            String message = chains.isEmpty()
                    ? "No one you are in touch with is known to be linked to " + nameOf(target) + " yet."
                    : describeChain(chains.getFirst(), target);
            routes.add(new NetworkAnalysis.Route(ref(target), chains, message));
        }
        return routes;
    }

    private List<NetworkAnalysis.Central> central() {
        if (graph.vertexSet().size() < 3) {
            return List.of();
        }
        return indexed.betweenness().entrySet().stream()
                .filter(e -> !e.getKey().equals(you) && e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(CENTRAL_SHOWN)
                .map(e -> new NetworkAnalysis.Central(ref(e.getKey()), Math.round(e.getValue() * 1000) / 1000.0,
                        nameOf(e.getKey()) + " links many people in your network together."))
                .toList();
    }

    private IndexedGraph.Cuts cuts() {
        if (cuts == null) {
            cuts = indexed.cutsFrom(you);
        }
        return cuts;
    }

    private List<NetworkAnalysis.RelationshipToYou> relationships() {
        var calculator = new RelationshipCalculator(network);
        return network.people().stream()
                .map(p -> {
                    var relationship = calculator.relationshipTo(you, p.id());
                    return new NetworkAnalysis.RelationshipToYou(ref(p.id()),
                            relationship.map(RelationshipCalculator.Relationship::words).orElse(null),
                            relationship.map(RelationshipCalculator.Relationship::side).orElse(null));
                })
                .toList();
    }

    private String describeChain(List<PersonRef> chain, String target) {
        var words = new StringBuilder("Your ").append(relationshipWords(chain.getFirst().id())).append(' ')
                .append(chain.getFirst().name());
        for (int i = 1; i < chain.size(); i++) {
            words.append(" knows ").append(chain.get(i).name()).append(',');
        }
        return words.append(chain.size() == 1 ? " is" : " who is").append(" linked to ").append(nameOf(target))
                .append('.').toString();
    }

    private boolean inContactNow(Connection connection) {
        var situation = nowFor(connection);
        return situation.inTouch();
    }

    private Baseline nowFor(Connection connection) {
        return now.getOrDefault(connection.personId(), connection.baseline());
    }

    private boolean wantedOrLost(Connection connection) {
        return connection.wish() == Wish.WANT_BACK_IN_TOUCH || connection.wish() == Wish.WANT_TO_KNOW_ABOUT
                || !inContactNow(connection);
    }

    private String relationshipWords(String personId) {
        var connection = connections.get(personId);
        return connection == null ? "relative" : connection.relationship();
    }

    private PersonRef ref(String id) {
        return new PersonRef(id, nameOf(id));
    }

    private String nameOf(String id) {
        if (id.equals(you)) {
            return network.youngPerson().givenName();
        }
        var person = people.get(id);
        if (person == null) {
            return "someone";
        }
        if (person.knownAs() != null) {
            return person.knownAs();
        }
        return person.givenName() != null ? person.givenName() : person.familyName();
    }

    private static String names(List<PersonRef> refs) {
        var names = refs.stream().map(PersonRef::name).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String[] sortedPair(String a, String b) {
        return a.compareTo(b) <= 0 ? new String[] {a, b} : new String[] {b, a};
    }
}
