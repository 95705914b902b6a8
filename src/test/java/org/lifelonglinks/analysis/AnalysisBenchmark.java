package org.lifelonglinks.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.Connection;
import org.lifelonglinks.network.Kin;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.Sex;
import org.lifelonglinks.network.Wish;
import org.lifelonglinks.network.WorkStatus;
import org.lifelonglinks.network.YoungPerson;

/**
 * Times the whole analysis of synthetic networks of 50, 500 and 5,000 people (seeded: the same networks every
 * run): a family tree of couples and children over five generations around the young person, plus non-family
 * contacts, a mix of contact situations and a few do-not-contact decisions. Prints the median and worst of the
 * timed runs after a warm-up. Run with {@code ./mvnw -B -Panalysis-bench test-compile exec:exec}.
 */
public final class AnalysisBenchmark {

    private static final Baseline[] SITUATIONS = Baseline.values();

    public static void main(String[] args) {
        int[] sizes = Arrays.stream(System.getProperty("analysis.bench.sizes", "50,500,5000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        System.out.printf("%-8s %-8s %-8s %12s %12s %12s%n", "people", "ties", "runs", "median ms", "max ms",
                "ms/person");
        for (int size : sizes) {
            var network = generate(size, new Random(42L + size));
            var doNotContact = new HashSet<String>();
            for (int i = 7; i < size; i += 97) {
                doNotContact.add("p" + i);
            }
            int runs = size >= 5000 ? 5 : size >= 500 ? 20 : 200;
            for (int i = 0; i < Math.max(2, runs / 4); i++) {
                new NetworkAnalyser(network, doNotContact, Map.of()).analyse();
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                var analysis = new NetworkAnalyser(network, doNotContact, Map.of()).analyse();
                nanos[i] = System.nanoTime() - start;
                if (analysis.relationships().size() != size) {
                    throw new IllegalStateException("analysis lost people");
                }
            }
            Arrays.sort(nanos);
            double median = nanos[runs / 2] / 1e6;
            System.out.printf("%-8d %-8d %-8d %12.2f %12.2f %12.4f%n", size,
                    network.kinship().size() + network.connections().size(), runs, median, nanos[runs - 1] / 1e6,
                    median / size);
        }
    }

    /** A seeded family of about {@code size} people around the young person, with friends and professionals. */
    static Network generate(int size, Random random) {
        var people = new ArrayList<Person>();
        var connections = new ArrayList<Connection>();
        var kin = new ArrayList<Kin>();
        List<String> generation = new ArrayList<>(List.of("you"));
        int family = size * 4 / 5;
        // Walk up: each person in the current generation gets two parents, until the family is large enough.
        var all = new ArrayList<String>();
        while (people.size() < family / 3 && !generation.isEmpty()) {
            var next = new ArrayList<String>();
            for (String child : generation) {
                for (int p = 0; p < 2 && people.size() < family / 3; p++) {
                    String id = add(people, connections, random, p == 0 ? Sex.FEMALE : Sex.MALE, Category.FAMILY);
                    kin.add(new Kin(id, child, KinKind.PARENT, KinQualifier.BIRTH));
                    next.add(id);
                }
            }
            all.addAll(next);
            generation = next;
        }
        // Then down: ancestors get more children, and those children their own, until the family is complete.
        var parents = new ArrayList<>(all);
        int cursor = 0;
        while (people.size() < family && !parents.isEmpty()) {
            String parent = parents.get(cursor++ % parents.size());
            String child = add(people, connections, random, random.nextBoolean() ? Sex.FEMALE : Sex.MALE,
                    Category.FAMILY);
            kin.add(new Kin(parent, child, KinKind.PARENT, KinQualifier.BIRTH));
            parents.add(child);
        }
        Category[] others = {Category.FORMER_CARER, Category.EDUCATION, Category.FRIEND, Category.PROFESSIONAL,
                Category.COMMUNITY};
        while (people.size() < size) {
            add(people, connections, random, Sex.UNKNOWN, others[random.nextInt(others.length)]);
        }
        var you = new YoungPerson("you", "Robin", "Testfamily", LocalDate.of(2012, 1, 1), "L1", "east",
                WorkStatus.REFERRED, LocalDate.of(2026, 1, 1), List.of(), List.of());
        return new Network(you, people, connections, kin);
    }

    private static String add(List<Person> people, List<Connection> connections, Random random, Sex sex,
            Category category) {
        String id = "p" + people.size();
        people.add(new Person(id, "Name" + people.size(), "Testfamily", List.of(), null, null, 1950, sex, false, null,
                null));
        var situation = SITUATIONS[random.nextInt(SITUATIONS.length)];
        var wish = random.nextInt(4) == 0 ? Wish.WANT_BACK_IN_TOUCH : null;
        connections.add(new Connection("c" + id, id, "relative", category, wish, null, situation, false,
                Instant.EPOCH));
        return id;
    }

}
