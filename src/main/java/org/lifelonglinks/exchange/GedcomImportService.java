package org.lifelonglinks.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifelonglinks.analysis.RelationshipCalculator;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.Connection;
import org.lifelonglinks.network.ConnectionDetails;
import org.lifelonglinks.network.DuplicateCheck;
import org.lifelonglinks.network.Kin;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.network.NetworkImport;
import org.lifelonglinks.network.NetworkService;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.PersonDetails;
import org.lifelonglinks.network.PossibleDuplicate;
import org.lifelonglinks.network.Source;
import org.lifelonglinks.network.WorkStatus;
import org.lifelonglinks.network.YoungPerson;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.InvalidFieldException;
import org.springframework.stereotype.Service;

/**
 * Imports a GEDCOM family tree into a young person's network: all or nothing for a file that cannot be read,
 * forgiving (cut or skipped, and reported) where single values are longer than the network holds or pointers
 * name someone the file does not hold. The {@code root} individual, when
 * given, is the young person (their kinship in the file becomes theirs); everyone else becomes a person in the
 * network (category family, found through a family member,
 * contact at referral "never met" until the coordinator says otherwise), with the relationship in words worked
 * out from the tree. Someone already recorded who matches strongly is merged instead of created again; weaker
 * matches are created and reported for the coordinator to decide. Individuals the name alone cannot decide are
 * matched through their kin already matched ({@link KinshipMatch}), so siblings can share one tree. {@code RESN} confidential or privacy makes
 * the person hidden from the young person.
 */
@Service
class GedcomImportService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GedcomImportService.class);

    private final NetworkAccess access;
    private final NetworkService networks;
    private final DuplicateCheck duplicates;
    private final ExchangeProperties properties;

    GedcomImportService(NetworkAccess access, NetworkService networks, DuplicateCheck duplicates,
            ExchangeProperties properties) {
        this.access = access;
        this.networks = networks;
        this.duplicates = duplicates;
        this.properties = properties;
    }

    /**
     * @param root      the individual who is the young person, or null
     * @param connectTo when the young person is not in the file: the individual who is the young person's
     *                  {@code kind} (with {@code qualifier}), e.g. their mother, or null
     */
    GedcomImportReport importTree(CurrentUser user, String youngPersonId, String root, String connectTo, KinKind kind,
            KinQualifier qualifier, InputStream body) {
        var youngPerson = access.changeable(user, youngPersonId);
        if (root != null && connectTo != null) {
            throw new InvalidFieldException("connectTo", "give root (the young person is in the file) or connectTo "
                    + "(they are not), not both");
        }
        long started = System.nanoTime();
        var tree = FamilyTree.read(limited(body));
        long parsed = System.nanoTime();
        for (var xref : new String[] {root, connectTo}) {
            if (xref != null && !tree.individuals().containsKey(xref)) {
                throw new InvalidFieldException(xref.equals(root) ? "root" : "connectTo", xref
                        + " is not an individual in this file");
            }
        }
        requireSoundAncestry(tree);
        var kinship = kinship(tree, root);
        if (connectTo != null) {
            kinship.add(linkToYoungPerson(connectTo, kind == null ? KinKind.PARENT : kind, qualifier));
        }
        Map<String, String> words = root == null && connectTo == null ? Map.of()
                : relationshipWords(tree, kinship, root, youngPerson);
        var details = new LinkedHashMap<String, PersonDetails>();
        var connections = new HashMap<String, ConnectionDetails>();
        var candidatesOf = new HashMap<String, List<PossibleDuplicate>>();
        var existing = new LinkedHashMap<String, String>();
        var merged = new ArrayList<GedcomImportReport.Merged>();
        int restricted = 0;
        for (var individual : tree.individuals().values()) {
            if (individual.xref().equals(root)) {
                continue;
            }
            details.put(individual.xref(), details(individual));
            connections.put(individual.xref(), new ConnectionDetails(words.getOrDefault(individual.xref(),
                    "relative (family tree)"), Category.FAMILY, null, Source.FAMILY_MEMBER, Baseline.NEVER_MET,
                    individual.restricted()));
            restricted += individual.restricted() ? 1 : 0;
        }
        // Everyone's possible duplicates in one pass: one look at what the user may see, not one per individual.
        var people = List.copyOf(details.values());
        long prepared = System.nanoTime();
        var found = duplicates.possibleDuplicatesOfEach(user, people);
        long searched = System.nanoTime();
        int i = 0;
        for (var entry : details.entrySet()) {
            var person = entry.getValue();
            // The young person themself is never merged into their own network.
            var candidates = found.get(i++).stream()
                    .filter(candidate -> !candidate.personId().equals(youngPersonId))
                    .toList();
            candidatesOf.put(entry.getKey(), candidates);
            var same = sameAs(person, candidates);
            if (same != null) {
                existing.put(entry.getKey(), same.personId());
                merged.add(new GedcomImportReport.Merged(entry.getKey(), same.personId(), name(person),
                        same.score(), null));
            }
        }
        // Two individuals taking the same person by name ("Robert Kitson" and "Mrs Robert Kitson") are left to
        // their kinship to decide.
        var claims = existing.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting()));
        existing.values().removeIf(id -> claims.get(id) > 1);
        merged.removeIf(m -> claims.get(m.personId()) > 1);
        merged.addAll(new KinshipMatch(networks, user, tree, root, details, candidatesOf,
                properties.mergeScore()).extend(existing));
        var newPeople = new ArrayList<NetworkImport.NewPerson>();
        var undecided = new LinkedHashMap<String, List<PossibleDuplicate>>();
        var existingConnections = new HashMap<String, ConnectionDetails>();
        details.forEach((xref, person) -> {
            if (existing.containsKey(xref)) {
                existingConnections.put(xref, connections.get(xref));
            } else {
                newPeople.add(new NetworkImport.NewPerson(xref, person, connections.get(xref)));
                if (!candidatesOf.get(xref).isEmpty()) {
                    undecided.put(xref, candidatesOf.get(xref));
                }
            }
        });
        long matched = System.nanoTime();
        var result = networks.importInto(user, youngPersonId,
                new NetworkImport(newPeople, existing, existingConnections, kinship), "GEDCOM_IMPORTED",
                tree.individuals().size() + " individuals, " + tree.families().size() + " families");
        long written = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug("GEDCOM import of {} individuals: parse {} ms, checks and relationships {} ms, duplicate search "
                    + "{} ms, kinship matching {} ms, writing and indexing {} ms", tree.individuals().size(),
                    (parsed - started) / 1_000_000, (prepared - parsed) / 1_000_000, (searched - prepared) / 1_000_000,
                    (matched - searched) / 1_000_000, (written - matched) / 1_000_000);
        }
        var toDecide = undecided.entrySet().stream().map(e -> new GedcomImportReport.ToDecide(e.getKey(),
                result.personIds().get(e.getKey()), name(details(tree.individuals().get(e.getKey()))),
                e.getValue().stream().map(PossibleDuplicate::personId).toList())).toList();
        return new GedcomImportReport(tree.individuals().size(), tree.families().size(), newPeople.size(), merged,
                toDecide, result.kinshipRecorded(), result.kinshipSkipped(), restricted,
                notes(tree, FamilyTree.Individual::cleaned), notes(tree, FamilyTree.Individual::cut),
                tree.skippedPointers().size(), tree.skippedPointers());
    }

    private static List<String> notes(FamilyTree tree,
            java.util.function.Function<FamilyTree.Individual, List<String>> which) {
        return tree.individuals().values().stream()
                .flatMap(individual -> which.apply(individual).stream()
                        .map(note -> individual.xref() + " (line " + individual.line() + "): " + note))
                .toList();
    }

    /** One strong match, agreeing on the year of birth where both are known, is the same person. */
    private PossibleDuplicate sameAs(PersonDetails person, List<PossibleDuplicate> candidates) {
        var strong = candidates.stream().filter(c -> c.score() >= properties.mergeScore()).toList();
        if (strong.size() != 1) {
            return null;
        }
        var candidate = strong.getFirst();
        boolean yearsAgree = person.birthYear() == null || candidate.birthYear() == null
                || Math.abs(person.birthYear() - candidate.birthYear()) <= 1;
        return yearsAgree ? candidate : null;
    }

    private static PersonDetails details(FamilyTree.Individual individual) {
        try {
            var birth = individual.birth();
            return new PersonDetails(individual.givenName(), individual.familyName(),
                    individual.formerFamilyNames(), null, birth.exact(), birth.exact() == null ? birth.year() : null,
                    individual.sex(), individual.deceased(), individual.town(), null);
        } catch (InvalidFieldException e) {
            throw new InvalidGedcomException(individual.line(), "individual " + individual.xref() + ": "
                    + e.getMessage());
        }
    }

    /** No one their own ancestor, and at most two birth parents each: checked with the file's own names. */
    private static void requireSoundAncestry(FamilyTree tree) {
        var parents = new HashMap<String, List<String>>();
        var birthParents = new HashMap<String, Integer>();
        for (var family : tree.families()) {
            for (var child : family.children()) {
                for (String parent : new String[] {family.husband(), family.wife()}) {
                    if (parent == null) {
                        continue;
                    }
                    if (parent.equals(child.xref())) {
                        throw new InvalidGedcomException(family.line(), "family " + family.xref() + " makes "
                                + child.xref() + " their own parent");
                    }
                    parents.computeIfAbsent(child.xref(), k -> new ArrayList<>()).add(parent);
                    if (child.qualifier() == KinQualifier.BIRTH
                            && birthParents.merge(child.xref(), 1, Integer::sum) > 2) {
                        throw new InvalidGedcomException(tree.individuals().get(child.xref()).line(), "individual "
                                + child.xref() + " has more than two birth parents (mark the other families' "
                                + "links with PEDI ADOPTED or FOSTER)");
                    }
                }
            }
        }
        // Walk up from everyone; meeting someone already on the path is a loop in the ancestry.
        var done = new java.util.HashSet<String>();
        for (String start : parents.keySet()) {
            var path = new java.util.LinkedHashSet<String>();
            var stack = new java.util.ArrayDeque<java.util.Iterator<String>>();
            if (done.contains(start)) {
                continue;
            }
            path.add(start);
            stack.push(parents.getOrDefault(start, List.of()).iterator());
            while (!stack.isEmpty()) {
                var next = stack.peek();
                if (next.hasNext()) {
                    String parent = next.next();
                    if (path.contains(parent)) {
                        throw new InvalidGedcomException(tree.individuals().get(parent).line(), "cyclic ancestry: "
                                + parent + " would be their own ancestor (through "
                                + String.join(", ", path) + ")");
                    }
                    if (!done.contains(parent)) {
                        path.add(parent);
                        stack.push(parents.getOrDefault(parent, List.of()).iterator());
                    }
                } else {
                    stack.pop();
                    String finished = path.getLast();
                    path.remove(finished);
                    done.add(finished);
                }
            }
        }
    }

    private static ArrayList<NetworkImport.ImportedKin> kinship(FamilyTree tree, String root) {
        var kinship = new ArrayList<NetworkImport.ImportedKin>();
        for (var family : tree.families()) {
            String husband = key(family.husband(), root);
            String wife = key(family.wife(), root);
            if (husband != null && wife != null) {
                kinship.add(new NetworkImport.ImportedKin(husband, wife, KinKind.PARTNER,
                        family.divorced() ? KinQualifier.FORMER : KinQualifier.CURRENT));
            }
            for (var child : family.children()) {
                for (String parent : new String[] {husband, wife}) {
                    if (parent != null) {
                        kinship.add(new NetworkImport.ImportedKin(parent, key(child.xref(), root), KinKind.PARENT,
                                child.qualifier()));
                    }
                }
            }
        }
        return kinship;
    }

    private static String key(String xref, String root) {
        return xref == null ? null : xref.equals(root) ? NetworkImport.YOUNG_PERSON : xref;
    }

    /** "{@code individual} is the young person's KIND": stored the way kinship is, parent to child. */
    private static NetworkImport.ImportedKin linkToYoungPerson(String individual, KinKind kind,
            KinQualifier qualifier) {
        var how = qualifier != null ? qualifier : switch (kind) {
            case PARENT, CHILD -> KinQualifier.BIRTH;
            case PARTNER -> KinQualifier.CURRENT;
            case SIBLING -> KinQualifier.FULL;
        };
        return switch (kind) {
            case PARENT -> new NetworkImport.ImportedKin(individual, NetworkImport.YOUNG_PERSON, KinKind.PARENT, how);
            case CHILD -> new NetworkImport.ImportedKin(NetworkImport.YOUNG_PERSON, individual, KinKind.PARENT, how);
            case PARTNER, SIBLING -> new NetworkImport.ImportedKin(individual, NetworkImport.YOUNG_PERSON, kind, how);
        };
    }


    /** The relationship in words of everyone in the tree to the young person, as the analysis names it. */
    private static Map<String, String> relationshipWords(FamilyTree tree, List<NetworkImport.ImportedKin> kinship,
            String root, YoungPerson youngPerson) {
        var people = new ArrayList<Person>();
        var connections = new ArrayList<Connection>();
        for (var individual : tree.individuals().values()) {
            if (!individual.xref().equals(root)) {
                people.add(new Person(individual.xref(), individual.givenName(), individual.familyName(), List.of(),
                        null, null, null, individual.sex(), individual.deceased(), null, null));
                connections.add(new Connection("c" + individual.xref(), individual.xref(), null, Category.FAMILY,
                        null, null, Baseline.NEVER_MET, false, Instant.EPOCH));
            }
        }
        var kin = kinship.stream().map(k -> new Kin(k.fromKey(), k.toKey(), k.kind(), k.qualifier())).toList();
        var you = new YoungPerson(NetworkImport.YOUNG_PERSON, youngPerson.givenName(), youngPerson.familyName(),
                youngPerson.dateOfBirth(), "", "", WorkStatus.REFERRED, youngPerson.referralDate(), List.of(),
                List.of());
        var calculator = new RelationshipCalculator(new Network(you, people, connections, kin));
        var words = new HashMap<String, String>();
        for (var person : people) {
            calculator.relationshipTo(NetworkImport.YOUNG_PERSON, person.id())
                    .map(RelationshipCalculator.Relationship::words)
                    .ifPresent(w -> words.put(person.id(), w.length() > 100 ? w.substring(0, 100) : w));
        }
        return words;
    }

    private static String name(PersonDetails person) {
        return ((person.givenName() == null ? "" : person.givenName()) + " "
                + (person.familyName() == null ? "" : person.familyName())).strip();
    }

    private InputStream limited(InputStream body) {
        long limit = properties.maxGedcomMegabytes() * 1024L * 1024L;
        return new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > limit) {
                    throw new InvalidGedcomException(0, "the file is larger than "
                            + properties.maxGedcomMegabytes() + " MB");
                }
            }
        };
    }
}
