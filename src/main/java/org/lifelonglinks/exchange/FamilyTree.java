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
 *
 * <p>Forgiving where one value is at fault, so that one person does not cost the whole tree: names and towns
 * longer than the network holds are cut and noted in {@code cut}; a pointer to an individual or family the file
 * does not hold (every privacy-trimmed export has them) is left out and listed in {@code skippedPointers}.
 *
 * @param skippedPointers each pointer left out, as "line N: FAM @F1@ HUSB points to @I9@, …"
 */
record FamilyTree(Map<String, Individual> individuals, List<Family> families, List<String> skippedPointers) {

    /** The longest former-family-name list a person holds. */
    private static final int MAX_FORMER_NAMES = TextRules.LIST;

    record Individual(String xref, String givenName, String familyName, List<String> formerFamilyNames, Sex sex,
            GedcomDate birth, boolean deceased, String town, boolean restricted, int line, List<String> cleaned,
            List<String> cut) {
    }

    record Family(String xref, String husband, String wife, List<Child> children, boolean divorced, int line) {
    }

    record Child(String xref, KinQualifier qualifier) {
    }

    static FamilyTree of(List<GedcomNode> records) {
        var builder = new Builder();
        records.forEach(builder::accept);
        return builder.build();
    }

    /**
     * Reads a file record by record: each individual becomes an {@link Individual} as soon as its record is read
     * and its lines are let go, so the whole file is never held as lines (a 20 MB file is about a million).
     * Only families are kept as read until the end, for their pointers. Problems of the file's form are found
     * first, as {@link #of} would find them after reading it all.
     */
    static FamilyTree read(java.io.InputStream in) {
        var builder = new Builder();
        GedcomReader.read(in, builder::accept);
        return builder.build();
    }

    /** Builds the tree one level-0 record at a time, in file order. */
    private static final class Builder {
        private final LinkedHashMap<String, Individual> individuals = new LinkedHashMap<>();
        private final LinkedHashMap<String, KinQualifier> pedigrees = new LinkedHashMap<>();
        private final java.util.HashSet<String> familyXrefs = new java.util.HashSet<>();
        private final List<GedcomNode> familyRecords = new ArrayList<>();
        /** Each individual's FAMC and FAMS pointers, checked once every family is known. */
        private final List<String[]> links = new ArrayList<>();
        private InvalidGedcomException refused;

        void accept(GedcomNode record) {
            if (refused != null) {
                return;
            }
            try {
                if (record.tag().equals("FAM")) {
                    familyRecords.add(record);
                    if (record.xref() != null) {
                        familyXrefs.add(record.xref());
                    }
                } else if (record.tag().equals("INDI")) {
                    individual(record);
                }
            } catch (InvalidGedcomException e) {
                // Reported once the whole file has been read: a problem of its form comes first.
                refused = e;
            }
        }

        private void individual(GedcomNode record) {
            if (record.xref() == null) {
                throw new InvalidGedcomException(record.line(), "an individual (INDI) needs an @XREF@");
            }
            if (individuals.containsKey(record.xref())) {
                throw new InvalidGedcomException(record.line(), "individual " + record.xref()
                        + " is defined twice");
            }
            individuals.put(record.xref(), FamilyTree.individual(record));
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
            for (var link : record.children()) {
                if ((link.tag().equals("FAMC") || link.tag().equals("FAMS")) && link.value() != null
                        && !link.value().equals("@VOID@")) {
                    links.add(new String[] {record.xref(), link.tag(), link.value(), Integer.toString(link.line())});
                }
            }
        }

        FamilyTree build() {
            if (refused != null) {
                throw refused;
            }
            var skipped = new ArrayList<String>();
            for (String[] link : links) {
                if (!familyXrefs.contains(link[2])) {
                    skipped.add(missing(Integer.parseInt(link[3]), "INDI " + link[0], link[1], link[2], "family"));
                }
            }
            var families = new ArrayList<Family>();
            for (var record : familyRecords) {
                String husband = pointer(record, "HUSB", individuals, skipped);
                String wife = pointer(record, "WIFE", individuals, skipped);
                var children = new ArrayList<Child>();
                for (var chil : record.all("CHIL")) {
                    String child = target(record, chil, individuals, skipped);
                    if (child != null) {
                        children.add(new Child(child, pedigrees.getOrDefault(child + " " + record.xref(),
                                KinQualifier.BIRTH)));
                    }
                }
                families.add(new Family(record.xref(), husband, wife, children, record.child("DIV").isPresent(),
                        record.line()));
            }
            return new FamilyTree(individuals, families, List.copyOf(skipped));
        }
    }

    private static String pointer(GedcomNode family, String tag, Map<String, Individual> individuals,
            List<String> skipped) {
        return family.child(tag).map(node -> target(family, node, individuals, skipped)).orElse(null);
    }

    /** The individual a pointer names; GEDCOM 7's @VOID@ is no one, and so is someone the file does not hold. */
    private static String target(GedcomNode family, GedcomNode pointer, Map<String, Individual> individuals,
            List<String> skipped) {
        String xref = pointer.value();
        if (xref == null || xref.equals("@VOID@")) {
            return null;
        }
        if (!individuals.containsKey(xref)) {
            skipped.add(missing(pointer, "FAM " + family.xref(), "individual"));
            return null;
        }
        return xref;
    }

    private static String missing(GedcomNode pointer, String record, String what) {
        return missing(pointer.line(), record, pointer.tag(), pointer.value(), what);
    }

    private static String missing(int line, String record, String tag, String value, String what) {
        return "line " + line + ": " + record + " " + tag + " points to " + value
                + ", which is not " + (what.equals("individual") ? "an " : "a ") + what + " in this file";
    }

    /**
     * A value cut to {@code max} characters (never inside a character written with two), with a note saying so;
     * unchanged when it fits.
     */
    static String cut(String what, String value, int max, List<String> notes) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        String shorter = value.substring(0, end).strip();
        notes.add(what + " cut to " + max + " characters from " + value.length() + ": '"
                + shorter.substring(0, Math.min(40, shorter.length())) + "…'");
        return shorter;
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
        var cut = new ArrayList<String>();
        given = cut("given name", given, TextRules.NAME, cut);
        surname = cut("family name", surname, TextRules.NAME, cut);
        if (given == null && surname == null) {
            given = "Unknown";
        }
        final String current = surname;
        var formerNames = former.stream().map(f -> cut("former family name", f, TextRules.NAME, cut))
                .filter(f -> !f.equals(current)).distinct().toList();
        if (formerNames.size() > MAX_FORMER_NAMES) {
            cut.add("former family names cut to the first " + MAX_FORMER_NAMES + " of " + formerNames.size());
            formerNames = formerNames.subList(0, MAX_FORMER_NAMES);
        }
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
                .filter(t -> !t.isEmpty()).map(t -> cut("town", t, TextRules.LINE, cut)).orElse(null);
        boolean deceased = record.child("DEAT").isPresent() || record.child("BURI").isPresent();
        boolean restricted = record.childValue("RESN").map(r -> r.toUpperCase(Locale.ROOT))
                .map(r -> r.contains("CONFIDENTIAL") || r.contains("PRIVACY")).orElse(false);
        return new Individual(record.xref(), given, surname, formerNames, sex, date, deceased, town, restricted,
                record.line(), List.copyOf(cleaned), List.copyOf(cut));
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
