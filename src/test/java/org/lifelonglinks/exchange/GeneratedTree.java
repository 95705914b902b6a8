package org.lifelonglinks.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A family tree of a given size for benchmarks, written as GEDCOM 5.5.1: generations of couples with two to five
 * children each, names drawn from common English given names and surnames, exact birth dates for most and a year
 * only for the rest, towns, and a few divorces, adoptions and RESN-confidential people. The same seed gives the
 * same file. Everyone descends from the first couples, so the tree is one family, as a real one is.
 */
final class GeneratedTree {

    private static final String[] GIVEN_FEMALE = {"Mary", "Elizabeth", "Margaret", "Sarah", "Ann", "Jane", "Emily",
            "Alice", "Grace", "Ellen", "Ruth", "Edith", "Florence", "Dorothy", "Joan", "Susan", "Karen", "Lisa",
            "Emma", "Chloe", "Jessica", "Sophie", "Amelia", "Olivia", "Isla", "Freya", "Evie", "Poppy"};
    private static final String[] GIVEN_MALE = {"John", "William", "Thomas", "James", "George", "Charles", "Henry",
            "Joseph", "Robert", "Edward", "Arthur", "Albert", "Frederick", "Walter", "Peter", "David", "Michael",
            "Paul", "Mark", "Daniel", "Oliver", "Jack", "Harry", "Noah", "Leo", "Oscar", "Alfie", "Archie"};
    private static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
            "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
            "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose",
            "Davis", "Rodriguez", "Cox", "Alexander", "Garden", "Campbell", "Johnston", "Moore", "Smyth", "O'Neill",
            "Doherty", "Stewart", "Quinn", "Murphy", "Graham", "Mclaughlin", "Hamilton", "Murray", "Hughes",
            "Robertson", "Thomson", "Scott", "Macdonald", "Reid", "Ross", "Young", "Kelly", "Watson"};
    private static final String[] TOWNS = {"Coventry", "Leeds", "Bristol", "Cardiff", "Swansea", "Norwich", "York",
            "Derby", "Hull", "Preston", "Carlisle", "Bangor", "Exeter", "Lincoln", "Durham"};
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC"};

    private GeneratedTree() {
    }

    /** A tree of exactly {@code people} individuals. */
    static byte[] of(int people, long seed) {
        var random = new Random(seed);
        var individuals = new ArrayList<String>(people);
        var families = new ArrayList<String>();
        var generation = new ArrayList<Single>();
        int founders = Math.max(2, Math.min(40, people / 50)) & ~1;
        for (int i = 0; i < founders && individuals.size() < people; i++) {
            generation.add(add(individuals, random, i % 2 == 0, SURNAMES[random.nextInt(SURNAMES.length)],
                    1850 + random.nextInt(10), null));
        }
        while (individuals.size() < people) {
            var next = new ArrayList<Single>();
            var women = generation.stream().filter(Single::female).toList();
            var men = generation.stream().filter(s -> !s.female()).toList();
            int couples = Math.min(women.size(), men.size());
            if (couples == 0) {
                // Everyone in this generation married in: bring partners in from outside the tree.
                for (var single : generation) {
                    if (individuals.size() >= people) {
                        break;
                    }
                    next.add(single);
                    next.add(add(individuals, random, !single.female(), SURNAMES[random.nextInt(SURNAMES.length)],
                            single.born() + random.nextInt(5) - 2, null));
                }
                generation = next;
                continue;
            }
            for (int c = 0; c < couples && individuals.size() < people; c++) {
                var husband = men.get(c);
                var wife = women.get(c);
                String fam = "F" + (families.size() + 1);
                var record = new StringBuilder("0 @").append(fam).append("@ FAM\n1 HUSB @").append(husband.xref())
                        .append("@\n1 WIFE @").append(wife.xref()).append("@\n");
                if (random.nextInt(12) == 0) {
                    record.append("1 DIV Y\n");
                }
                int children = 2 + random.nextInt(4);
                for (int k = 0; k < children && individuals.size() < people; k++) {
                    boolean female = random.nextBoolean();
                    int born = Math.max(husband.born(), wife.born()) + 20 + random.nextInt(15);
                    var child = add(individuals, random, female, husband.family(), born, fam);
                    record.append("1 CHIL @").append(child.xref()).append("@\n");
                    if (random.nextInt(30) == 0) {
                        record.append("2 PEDI adopted\n");
                    }
                    next.add(child);
                }
                families.add(record.toString());
            }
            // Children marry people from outside the tree, who then join the next generation's couples.
            var partners = new ArrayList<Single>();
            for (var child : next) {
                if (individuals.size() >= people || random.nextInt(3) == 0) {
                    continue;
                }
                partners.add(add(individuals, random, !child.female(), SURNAMES[random.nextInt(SURNAMES.length)],
                        child.born() + random.nextInt(5) - 2, null));
            }
            next.addAll(partners);
            java.util.Collections.shuffle(next, random);
            generation = next;
        }
        var out = new StringBuilder(people * 160);
        out.append("0 HEAD\n1 SOUR LifelongLinksBenchmark\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n")
                .append("1 CHAR UTF-8\n");
        individuals.forEach(out::append);
        families.forEach(out::append);
        out.append("0 TRLR\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Someone added to the tree: their xref, sex, family name and birth year. */
    private record Single(String xref, boolean female, String family, int born) {
    }

    private static Single add(List<String> individuals, Random random, boolean female, String family, int born,
            String childOf) {
        String xref = "I" + (individuals.size() + 1);
        String given = female ? GIVEN_FEMALE[random.nextInt(GIVEN_FEMALE.length)]
                : GIVEN_MALE[random.nextInt(GIVEN_MALE.length)];
        var record = new StringBuilder("0 @").append(xref).append("@ INDI\n1 NAME ").append(given).append(" /")
                .append(family).append("/\n1 SEX ").append(female ? "F" : "M").append('\n');
        int year = Math.min(born, 2020);
        record.append("1 BIRT\n2 DATE ");
        if (random.nextInt(5) == 0) {
            record.append(year);
        } else {
            record.append(1 + random.nextInt(28)).append(' ').append(MONTHS[random.nextInt(12)]).append(' ')
                    .append(year);
        }
        record.append("\n2 PLAC ").append(TOWNS[random.nextInt(TOWNS.length)]).append(", England\n");
        if (year < 1940) {
            record.append("1 DEAT Y\n");
        }
        if (random.nextInt(100) == 0) {
            record.append("1 RESN confidential\n");
        }
        if (childOf != null) {
            record.append("1 FAMC @").append(childOf).append("@\n");
        }
        individuals.add(record.toString());
        return new Single(xref, female, family, year);
    }
}
