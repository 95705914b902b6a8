package org.lifelonglinks.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.lifelonglinks.network.ContactDetails;
import org.lifelonglinks.network.Kin;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.Sex;
import org.lifelonglinks.system.TextRules;

/**
 * Writes a network's family tree as GEDCOM 7.0: the young person and the people chosen, their names (earlier
 * surnames as further names of type BIRTH), sex, birth date (exact, or ABT the year), death, last known town,
 * and families built from parent and partner links: one family per set of parents of one kind, adoptive and
 * foster links marked with PEDI, step links as PEDI OTHER with the phrase "step", former partners divorced.
 */
final class GedcomWriter {

    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> xrefs = new LinkedHashMap<>();

    private GedcomWriter() {
    }

    /**
     * @param include        which people to write (the young person is always written)
     * @param restricted     people to mark RESN CONFIDENTIAL
     * @param contactDetails phone, email and address by person id, when they are to be written at all
     */
    static String write(Network network, Predicate<String> include, Predicate<String> restricted,
            Map<String, ContactDetails> contactDetails, Map<String, String> postcodes) {
        var writer = new GedcomWriter();
        var yp = network.youngPerson();
        var people = new ArrayList<Person>();
        people.add(new Person(yp.id(), yp.givenName(), yp.familyName(), List.of(), null, yp.dateOfBirth(),
                yp.dateOfBirth().getYear(), Sex.UNKNOWN, false, null, null));
        network.people().stream().filter(p -> include.test(p.id())).forEach(people::add);
        people.forEach(p -> writer.xrefs.put(p.id(), "@I" + (writer.xrefs.size() + 1) + "@"));
        var families = writer.families(network.kinship());
        writer.line(0, "HEAD");
        writer.line(1, "GEDC");
        writer.line(2, "VERS 7.0");
        writer.line(1, "SOUR LIFELONG-LINKS");
        writer.line(2, "NAME Lifelong Links");
        for (var person : people) {
            writer.individual(person, families, restricted.test(person.id()), contactDetails.get(person.id()),
                    postcodes.get(person.id()));
        }
        families.values().forEach(writer::family);
        writer.line(0, "TRLR");
        return writer.out.toString();
    }

    /** A family: up to two partners or parents, their children with how each is linked, and whether it ended. */
    private record Family(String xref, List<String> parents, Map<String, KinQualifier> children, boolean divorced) {
    }

    private Map<String, Family> families(List<Kin> kinship) {
        var families = new TreeMap<String, Family>();
        var parentsOf = new HashMap<String, Map<KinQualifier, List<String>>>();
        for (var kin : kinship) {
            if (kin.kind() == KinKind.PARENT && xrefs.containsKey(kin.fromPersonId())
                    && xrefs.containsKey(kin.toPersonId())) {
                parentsOf.computeIfAbsent(kin.toPersonId(), k -> new TreeMap<>())
                        .computeIfAbsent(kin.qualifier(), k -> new ArrayList<>()).add(kin.fromPersonId());
            }
        }
        parentsOf.forEach((child, byQualifier) -> byQualifier.forEach((qualifier, parents) -> {
            var sorted = parents.stream().sorted().limit(2).toList();
            String key = String.join("+", sorted) + "#" + qualifier;
            families.computeIfAbsent(key, k -> new Family(null, sorted, new TreeMap<>(), false))
                    .children().put(child, qualifier);
        }));
        for (var kin : kinship) {
            if (kin.kind() == KinKind.PARTNER && xrefs.containsKey(kin.fromPersonId())
                    && xrefs.containsKey(kin.toPersonId())) {
                var sorted = List.of(kin.fromPersonId(), kin.toPersonId()).stream().sorted().toList();
                String birthKey = String.join("+", sorted) + "#" + KinQualifier.BIRTH;
                boolean divorced = kin.qualifier() == KinQualifier.FORMER;
                var existing = families.get(birthKey);
                families.put(birthKey, existing == null ? new Family(null, sorted, new TreeMap<>(), divorced)
                        : new Family(null, existing.parents(), existing.children(), divorced));
            }
        }
        var numbered = new LinkedHashMap<String, Family>();
        int n = 1;
        for (var family : families.values()) {
            String xref = "@F" + n++ + "@";
            numbered.put(xref, new Family(xref, family.parents(), family.children(), family.divorced()));
        }
        return numbered;
    }

    private void individual(Person person, Map<String, Family> families, boolean restricted, ContactDetails contact,
            String postcode) {
        line(0, xrefs.get(person.id()) + " INDI");
        line(1, "NAME " + text(person.givenName() == null ? "" : person.givenName()) + " /"
                + text(person.familyName() == null ? "" : person.familyName()) + "/");
        for (String former : person.formerFamilyNames()) {
            line(1, "NAME " + text(person.givenName() == null ? "" : person.givenName()) + " /" + text(former) + "/");
            line(2, "TYPE BIRTH");
        }
        line(1, "SEX " + switch (person.sex()) {
            case MALE -> "M";
            case FEMALE -> "F";
            case OTHER -> "X";
            case UNKNOWN -> "U";
        });
        String date = new GedcomDate(person.dateOfBirth(), person.birthYear()).gedcom();
        if (date != null) {
            line(1, "BIRT");
            line(2, "DATE " + date);
        }
        if (person.deceased()) {
            line(1, "DEAT Y");
        }
        if (person.town() != null || postcode != null || contact != null && contact.address() != null) {
            line(1, "RESI");
            if (person.town() != null) {
                line(2, "PLAC " + text(person.town()));
            }
            if (postcode != null || contact != null && contact.address() != null) {
                line(2, "ADDR " + text(contact == null || contact.address() == null ? "" : contact.address()));
                if (postcode != null) {
                    line(3, "POST " + text(postcode));
                }
            }
        }
        if (contact != null && contact.phone() != null) {
            line(1, "PHON " + text(contact.phone()));
        }
        if (contact != null && contact.email() != null) {
            line(1, "EMAIL " + text(contact.email()));
        }
        if (restricted) {
            line(1, "RESN CONFIDENTIAL");
        }
        for (var family : families.values()) {
            var qualifier = family.children().get(person.id());
            if (qualifier != null) {
                line(1, "FAMC " + family.xref());
                switch (qualifier) {
                    case ADOPTIVE -> line(2, "PEDI ADOPTED");
                    case FOSTER -> line(2, "PEDI FOSTER");
                    case STEP -> {
                        line(2, "PEDI OTHER");
                        line(3, "PHRASE step");
                    }
                    default -> { }
                }
            }
            if (family.parents().contains(person.id())) {
                line(1, "FAMS " + family.xref());
            }
        }
    }

    private void family(Family family) {
        line(0, family.xref() + " FAM");
        for (String parent : family.parents()) {
            line(1, (family.parents().indexOf(parent) == 0 ? "HUSB " : "WIFE ") + xrefs.get(parent));
        }
        family.children().keySet().forEach(child -> line(1, "CHIL " + xrefs.get(child)));
        if (family.divorced()) {
            line(1, "DIV Y");
        }
    }

    private void line(int level, String text) {
        out.append(level).append(' ').append(text).append('\n');
    }

    /** Values on one line, a leading @ doubled, as GEDCOM 7 asks. */
    private static String text(String value) {
        // One GEDCOM line: line breaks and other controls (records from before the input rules) become spaces.
        String oneLine = TextRules.clean(value, false);
        return oneLine.startsWith("@") ? "@" + oneLine : oneLine;
    }
}
