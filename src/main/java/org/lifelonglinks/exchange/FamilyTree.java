package org.lifelonglinks.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Sex;
import org.lifelonglinks.system.TextRules;

/**
 * The people and families of a GEDCOM file, in the network's terms: names with married and former surnames,
 * sex, birth date or year, death, birthplace town, restriction ({@code RESN} confidential or privacy), and each
 * child's link to their family's parents (birth, adopted, foster).
 */
record FamilyTree(Map<String, Individual> individuals, List<Family> families) {

    record Individual(String xref, String givenName, String familyName, List<String> formerFamilyNames, Sex sex,
            GedcomDate birth, boolean deceased, String town, boolean restricted, int line, List<String> cleaned) {
    }

    record Family(String xref, String husband, String wife, List<Child> children, boolean divorced, int line) {
    }

    record Child(String xref, KinQualifier qualifier) {
    }

    static FamilyTree of(List<GedcomNode> records) {
        var individuals = new LinkedHashMap<String, Individual>();
        var pedigrees = new LinkedHashMap<String, KinQualifier>();
        for (var record : records) {
            if (record.tag().equals("INDI")) {
                if (record.xref() == null) {
                    throw new InvalidGedcomException(record.line(), "an individual (INDI) needs an @XREF@");
                }
                if (individuals.containsKey(record.xref())) {
                    throw new InvalidGedcomException(record.line(), "individual " + record.xref()
                            + " is defined twice");
                }
                individuals.put(record.xref(), individual(record));
                for (var famc : record.all("FAMC")) {
                    var pedi = famc.child("PEDI");
                    var pedigree = pedi.map(p -> switch (p.value() == null ? "" : p.value().toUpperCase(Locale.ROOT)) {
                        case "ADOPTED" -> KinQualifier.ADOPTIVE;
                        case "FOSTER" -> KinQualifier.FOSTER;
                        // GEDCOM has no step pedigree: OTHER with the phrase "step" is how ours are written.
                        case "OTHER" -> p.childValue("PHRASE").filter(t -> t.toLowerCase(Locale.ROOT).contains("step"))
                                .map(t -> KinQualifier.STEP).orElse(KinQualifier.BIRTH);
                        default -> KinQualifier.BIRTH;
                    }).orElse(KinQualifier.BIRTH);
                    if (famc.value() != null) {
                        pedigrees.put(record.xref() + " " + famc.value(), pedigree);
                    }
                }
            }
        }
        var families = new ArrayList<Family>();
        for (var record : records) {
            if (record.tag().equals("FAM")) {
                String husband = pointer(record, "HUSB", individuals);
                String wife = pointer(record, "WIFE", individuals);
                var children = new ArrayList<Child>();
                for (var chil : record.all("CHIL")) {
                    String child = target(chil, individuals);
                    if (child != null) {
                        children.add(new Child(child, pedigrees.getOrDefault(child + " " + record.xref(),
                                KinQualifier.BIRTH)));
                    }
                }
                families.add(new Family(record.xref(), husband, wife, children, record.child("DIV").isPresent(),
                        record.line()));
            }
        }
        return new FamilyTree(individuals, families);
    }

    private static String pointer(GedcomNode family, String tag, Map<String, Individual> individuals) {
        return family.child(tag).map(node -> target(node, individuals)).orElse(null);
    }

    /** The individual a pointer names; GEDCOM 7's @VOID@ is no one. */
    private static String target(GedcomNode pointer, Map<String, Individual> individuals) {
        String xref = pointer.value();
        if (xref == null || xref.equals("@VOID@")) {
            return null;
        }
        if (!individuals.containsKey(xref)) {
            throw new InvalidGedcomException(pointer.line(), pointer.tag() + " points to " + xref
                    + ", which is not an individual in this file");
        }
        return xref;
    }

    private static Individual individual(GedcomNode record) {
        var cleaned = new ArrayList<String>();
        var names = record.all("NAME");
        String given = null;
        String surname = null;
        var former = new ArrayList<String>();
        for (int i = 0; i < names.size(); i++) {
            var name = names.get(i);
            String[] parts = splitName(name, cleaned);
            String type = name.childValue("TYPE").map(t -> t.toUpperCase(Locale.ROOT)).orElse("");
            if (i == 0) {
                given = parts[0];
                surname = parts[1];
            } else if (parts[1] != null && (type.equals("MARRIED") || type.equals("BIRTH") || type.isEmpty()
                    || type.equals("AKA") || type.equals("MAIDEN"))) {
                // A later married name becomes the current surname; the earlier one is kept as former.
                if (type.equals("MARRIED")) {
                    if (surname != null) {
                        former.add(surname);
                    }
                    surname = parts[1];
                } else {
                    former.add(parts[1]);
                }
            }
        }
        if (given == null && surname == null) {
            given = "Unknown";
        }
        final String current = surname;
        var formerNames = former.stream().filter(f -> !f.equals(current)).distinct().toList();
        Sex sex = record.childValue("SEX").map(s -> switch (s.strip().toUpperCase(Locale.ROOT)) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            case "X" -> Sex.OTHER;
            default -> Sex.UNKNOWN;
        }).orElse(Sex.UNKNOWN);
        var birth = record.child("BIRT");
        var date = birth.flatMap(b -> b.childValue("DATE")).map(GedcomDate::parse).orElse(GedcomDate.NONE);
        // Where they live (RESI) is the last known town; failing that, where they were born.
        var place = record.child("RESI").flatMap(r -> r.childValue("PLAC"))
                .or(() -> birth.flatMap(b -> b.childValue("PLAC")));
        String town = place.map(p -> tidy(p.split(",")[0], name -> true, cleaned))
                .filter(t -> !t.isEmpty()).map(t -> t.length() > 100 ? t.substring(0, 100) : t).orElse(null);
        boolean deceased = record.child("DEAT").isPresent() || record.child("BURI").isPresent();
        boolean restricted = record.childValue("RESN").map(r -> r.toUpperCase(Locale.ROOT))
                .map(r -> r.contains("CONFIDENTIAL") || r.contains("PRIVACY")).orElse(false);
        return new Individual(record.xref(), given, surname, formerNames, sex, date, deceased, town, restricted,
                record.line(), List.copyOf(cleaned));
    }

    /** "John Fitzgerald /Kennedy/ Jr." → given names and surname; GIVN and SURN substructures win. */
    private static String[] splitName(GedcomNode name, List<String> cleaned) {
        String value = name.value() == null ? "" : name.value();
        String given;
        String surname = null;
        int open = value.indexOf('/');
        if (open >= 0) {
            int close = value.indexOf('/', open + 1);
            surname = value.substring(open + 1, close < 0 ? value.length() : close).strip();
            given = value.substring(0, open).strip();
        } else {
            given = value.strip();
        }
        // The NAME line is the name as written; GIVN and SURN (comma-separated lists in 5.5.1) fill gaps.
        if (given == null || given.isBlank()) {
            given = name.childValue("GIVN").map(g -> g.replace(",", " ")).orElse(given);
        }
        if (surname == null || surname.isBlank()) {
            surname = name.childValue("SURN").map(s -> s.replace(",", " ")).orElse(surname);
        }
        return new String[] {tidy(given, TextRules::hasLetter, cleaned), tidy(surname, TextRules::hasLetter, cleaned)};
    }

    /**
     * A value as the network may hold it: characters no name may hold (control characters, non-characters) are
     * removed and noted, because a family tree is imported whole; a name without a letter ("?", "_____", written
     * for "unknown") is no name.
     */
    private static String tidy(String text, Predicate<String> usable, List<String> cleaned) {
        if (text == null) {
            return null;
        }
        String problem = TextRules.problem(text.replace('\n', ' '), false);
        if (problem != null) {
            cleaned.add("removed " + problem + " from '" + TextRules.clean(text, false).strip() + "'");
        }
        String tidy = TextRules.clean(text, false).strip().replaceAll("\\s+", " ");
        return tidy.isEmpty() || !usable.test(tidy) ? null : tidy;
    }
}
