package org.lifelonglinks.rights;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.privacy.DataProtection;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.TextRules;
import org.springframework.stereotype.Service;

/**
 * Answers a subject access request: everything held about one person, in every network the asking worker may
 * read (every network for an administrator), with other people's names redacted unless the worker gives a reason
 * to show them. For a young person, their own record too, of which their network only as the safeguarding module
 * lets the young person see it now. Every pack given out is recorded in the audit trail: to whom (the user),
 * when, and what (the format, whether names were shown and why, how many networks).
 */
@Service
class SubjectAccessService {

    static final String REDACTED = "[name withheld]";

    private final SubjectAccessRepository store;
    private final NetworkAccess access;
    private final DataProtection dataProtection;
    private final Safeguarding safeguarding;
    private final AuditTrail audit;
    private final Clock clock;

    SubjectAccessService(SubjectAccessRepository store, NetworkAccess access, DataProtection dataProtection,
            Safeguarding safeguarding, AuditTrail audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.dataProtection = dataProtection;
        this.safeguarding = safeguarding;
        this.audit = audit;
        this.clock = clock;
    }

    /** How names of other people appear: withheld (the default) or shown, with the worker's recorded reason. */
    record Redaction(boolean unredact, String reason) {

        static Redaction of(Boolean unredact, String reason) {
            String why = TextRules.line("reason", reason, TextRules.LINE);
            if (Boolean.TRUE.equals(unredact) && why == null) {
                throw new MissingFieldException("reason");
            }
            return new Redaction(Boolean.TRUE.equals(unredact), why);
        }
    }

    Map<String, Object> pack(CurrentUser user, String personId, Redaction redaction, String format) {
        if (!user.isAdmin() && !user.is(Role.COORDINATOR) && !user.is(Role.SOCIAL_WORKER)) {
            throw new ForbiddenException("Only workers answer subject access requests");
        }
        var all = access.allNetworksOf(personId);
        var networks = user.isAdmin() ? all : access.readableNetworksOf(user, personId);
        var person = store.person(personId).orElseThrow(() -> new NotFoundException("Person"));
        boolean youngPerson = all.contains(personId);
        if (youngPerson) {
            // Their own record is read as a young person's: under the caseload rule for the record itself.
            access.readable(user, personId);
        }
        var others = new LinkedHashSet<String>();
        var pack = new LinkedHashMap<String, Object>();
        pack.put("generatedAt", clock.instant());
        pack.put("generatedBy", user.username());
        pack.put("namesOfOthers", redaction.unredact() ? "shown: " + redaction.reason() : "withheld");
        var otherNetworks = networks.stream().filter(id -> !id.equals(personId)).toList();
        long notShown = all.stream().filter(id -> !id.equals(personId) && !networks.contains(id)).count();
        pack.put("complete", notShown == 0);
        pack.put("networksNotShown", notShown);
        pack.put("subject", person);
        pack.put("contactDetails", store.contactDetails(personId).orElse(null));

        var connections = new ArrayList<Map<String, Object>>();
        for (var row : store.connections(personId, otherNetworks)) {
            var entry = new LinkedHashMap<String, Object>();
            String ypId = (String) row.get("youngPersonId");
            entry.put("youngPerson", name(row.get("youngPersonGivenName"), row.get("youngPersonFamilyName"), others,
                    redaction));
            entry.put("connection", row.get("connection"));
            entry.put("contacts", row.get("contacts"));
            entry.put("commitments", row.get("commitments"));
            entry.put("safetyDecisions", safeguarding.history(ypId, personId).decisions());
            connections.add(entry);
        }
        pack.put("inNetworks", connections);
        pack.put("caseNotesAndTasks", caseworkAbout(personId, otherNetworks, others, redaction));

        var kinship = new ArrayList<Map<String, Object>>();
        for (var row : store.kinship(personId)) {
            if (!user.isAdmin() && !visible(user, (String) row.get("otherId"))) {
                continue;
            }
            var entry = new LinkedHashMap<String, Object>();
            entry.put("tie", describeTie((String) row.get("kind"), (Boolean) row.get("fromSubject")));
            entry.put("qualifier", row.get("qualifier"));
            entry.put("otherPerson", name(row.get("givenName"), row.get("familyName"), others, redaction));
            kinship.add(entry);
        }
        pack.put("kinship", kinship);
        pack.put("dataProtection", dataProtection.recordOf(personId));

        if (youngPerson) {
            pack.put("ownRecord", ownRecord(personId, others, redaction));
        }
        pack.put("note", "Information about other people is withheld unless the worker recorded a reason to show "
                + "it; some information may be withheld where the law allows, for example to protect someone "
                + "from serious harm.");
        var scrubbed = redaction.unredact() ? pack : scrub(pack, others, (String) person.get("givenName"),
                (String) person.get("familyName"));

        String youngPersonId = youngPerson ? personId : null;
        audit.append(new AuditEvent(user.username(), "SUBJECT_ACCESS_DISCLOSED", youngPersonId, personId,
                format + ", " + (redaction.unredact() ? "names of others shown (reason: " + redaction.reason() + ")"
                        : "names of others withheld") + ", " + otherNetworks.size() + " networks"
                        + (notShown == 0 ? "" : ", " + notShown + " not the user's to see")));
        return scrubbed;
    }

    private Map<String, Object> ownRecord(String youngPersonId, Set<String> others, Redaction redaction) {
        var own = new LinkedHashMap<String, Object>();
        own.put("consent", dataProtection.consentOf(youngPersonId).orElse(null));
        var safety = safeguarding.network(youngPersonId);
        var network = new ArrayList<Map<String, Object>>();
        for (var row : store.network(youngPersonId)) {
            // What the young person may see of their network is the safeguarding module's answer, nobody else's.
            if (!safety.shownToYoungPerson((String) row.get("personId"))) {
                continue;
            }
            var entry = new LinkedHashMap<String, Object>();
            entry.put("person", name(row.get("givenName"), row.get("familyName"), others, redaction));
            entry.put("relationship", row.get("relationship"));
            entry.put("category", row.get("category"));
            entry.put("wish", row.get("wish"));
            network.add(entry);
        }
        own.put("network", network);
        // Notes on their record, except any about someone the safeguarding module keeps from them.
        own.put("caseNotes", store.casework(null, List.of(youngPersonId)).stream()
                .flatMap(row -> ((List<?>) row.get("notes")).stream())
                .map(note -> (Map<?, ?>) note)
                .filter(note -> ((List<?>) note.get("about")).stream()
                        .allMatch(id -> safety.shownToYoungPerson((String) id)))
                .map(note -> withoutIds(note, "about"))
                .toList());
        // Documents shared with them, except any about someone the safeguarding module keeps from them.
        own.put("documentsSharedWithYou", store.casework(null, List.of(youngPersonId)).stream()
                .flatMap(row -> ((List<?>) row.get("documents")).stream())
                .map(document -> (Map<?, ?>) document)
                .filter(document -> Boolean.TRUE.equals(document.get("shareWithYoungPerson")))
                .filter(document -> ((List<?>) document.get("about")).stream()
                        .allMatch(id -> safety.shownToYoungPerson((String) id)))
                .map(document -> withoutIds(document, "about"))
                .toList());
        own.put("ownWords", ownWords(youngPersonId, safety));
        store.currentPlan(youngPersonId).ifPresent(plan -> {
            var shown = new LinkedHashMap<String, Object>(plan);
            @SuppressWarnings("unchecked")
            var commitments = (List<Map<String, Object>>) plan.get("commitments");
            shown.put("commitments", commitments.stream()
                    .filter(c -> safety.shownToYoungPerson((String) c.get("personId")))
                    .map(c -> {
                        var copy = new LinkedHashMap<String, Object>(c);
                        copy.remove("personId");
                        // A keeper from the network is someone the young person may not be shown: only the kind stays.
                        copy.remove("keeperPersonId");
                        return copy;
                    }).toList());
            own.put("plan", shown);
        });
        // Follow-ups (answers about anyone kept from them left out) and the handovers of their case.
        var later = store.followUpsAndHandovers(youngPersonId);
        own.put("followUps", ((List<?>) later.get("followUps")).stream().map(f -> {
            var copy = new LinkedHashMap<String, Object>();
            ((Map<?, ?>) f).forEach((k, v) -> copy.put(String.valueOf(k), v));
            copy.put("commitments", ((List<?>) copy.get("commitments")).stream()
                    .map(c -> (Map<?, ?>) c)
                    .filter(c -> safety.shownToYoungPerson((String) c.get("personId")))
                    .map(c -> withoutIds(c, "personId"))
                    .toList());
            return copy;
        }).toList());
        own.put("handovers", later.get("handovers"));
        return own;
    }

    /** Fields of the young person's own words kept out of their pack: ids and workers' bookkeeping. */
    private static final Set<String> OWN_WORDS_INTERNAL = Set.of("id", "personId", "people", "commitmentId",
            "replyTo", "author", "decidedBy", "decidedAt", "seenBy", "tasksRaisedFor", "raised", "state");

    /**
     * What the young person said on their own page and their messages. Words about someone the safeguarding module
     * keeps from them now are left out, as their notes are; an accepted suggestion about such a person keeps only
     * what they wrote.
     */
    private List<Map<String, Object>> ownWords(String youngPersonId,
            org.lifelonglinks.safeguarding.NetworkSafety safety) {
        var result = new ArrayList<Map<String, Object>>();
        for (var row : store.ownWords(youngPersonId)) {
            String kind = (String) row.get("kind");
            @SuppressWarnings("unchecked")
            var words = new java.util.TreeMap<String, Object>((Map<String, Object>) row.get("words"));
            String personId = (String) words.get("personId");
            boolean keptFrom = personId != null && !safety.shownToYoungPerson(personId);
            if (keptFrom && !"OwnSuggestion".equals(kind)) {
                continue;
            }
            if (keptFrom) {
                words.keySet().retainAll(Set.of("name", "relation", "want", "more", "saidOn", "saidAt"));
            }
            words.keySet().removeAll(OWN_WORDS_INTERNAL);
            var entry = new LinkedHashMap<String, Object>();
            entry.put("kind", kind.replaceFirst("^Own", ""));
            entry.putAll(words);
            result.add(entry);
        }
        return result;
    }

    /** Notes (every version), written tasks and documents about the person in the networks the user may read. */
    private List<Map<String, Object>> caseworkAbout(String personId, List<String> networks, Set<String> others,
            Redaction redaction) {
        var result = new ArrayList<Map<String, Object>>();
        for (var row : store.casework(personId, networks)) {
            var entry = new LinkedHashMap<String, Object>();
            String ypId = (String) row.get("youngPersonId");
            var names = store.person(ypId).orElse(Map.of());
            entry.put("youngPerson", name(names.get("givenName"), names.get("familyName"), others, redaction));
            entry.put("notes", ((List<?>) row.get("notes")).stream().map(n -> withoutIds((Map<?, ?>) n, "about"))
                    .toList());
            entry.put("tasks", ((List<?>) row.get("tasks")).stream().map(t -> withoutIds((Map<?, ?>) t, "personId"))
                    .toList());
            // Documents are listed by their description; the files themselves are given on request.
            entry.put("documents", ((List<?>) row.get("documents")).stream()
                    .map(d -> withoutIds((Map<?, ?>) d, "about")).toList());
            result.add(entry);
        }
        return result;
    }

    /** A copy of the stored fields without the one naming people by id (ids mean nothing to the reader). */
    private static Map<String, Object> withoutIds(Map<?, ?> fields, String idField) {
        var copy = new LinkedHashMap<String, Object>();
        fields.forEach((k, v) -> {
            if (!idField.equals(k) && v != null) {
                copy.put(String.valueOf(k), v);
            }
        });
        return copy;
    }

    private boolean visible(CurrentUser user, String personId) {
        try {
            access.readableNetworksOf(user, personId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static String name(Object given, Object family, Set<String> others, Redaction redaction) {
        for (Object part : new Object[] {given, family}) {
            if (part instanceof String s && !s.isBlank()) {
                others.add(s);
            }
        }
        if (!redaction.unredact()) {
            return REDACTED;
        }
        return ((given == null ? "" : given + " ") + (family == null ? "" : family)).strip();
    }

    private static String describeTie(String kind, Boolean fromSubject) {
        boolean from = Boolean.TRUE.equals(fromSubject);
        return switch (kind) {
            case "PARENT_OF" -> from ? "parent of" : "child of";
            case "PARTNER_OF" -> "partner of";
            case "SIBLING_OF" -> "sibling of";
            default -> kind.toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Withholds other people's names wherever they appear in free text (a contact note, a plan summary), not only
     * in the fields that hold names: every word of a name gathered while building the pack, except the subject's.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> scrub(Map<String, Object> pack, Set<String> others, String subjectGiven,
            String subjectFamily) {
        var own = new LinkedHashSet<String>();
        for (String part : new String[] {subjectGiven, subjectFamily}) {
            if (part != null) {
                for (String w : part.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    own.add(w);
                }
            }
        }
        var words = new LinkedHashSet<String>();
        for (String name : others) {
            for (String w : name.split("[^\\p{L}]+")) {
                if (w.length() >= 2 && !own.contains(w.toLowerCase(Locale.ROOT))) {
                    words.add(Pattern.quote(w));
                }
            }
        }
        if (words.isEmpty()) {
            return pack;
        }
        var pattern = Pattern.compile("(?<!\\p{L})(" + String.join("|", words) + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return (Map<String, Object>) scrubValue(pack, pattern, true);
    }

    @SuppressWarnings("unchecked")
    private static Object scrubValue(Object value, Pattern pattern, boolean top) {
        if (value instanceof String s) {
            return pattern.matcher(s).replaceAll(REDACTED);
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put((String) k,
                    // The subject's own fields are theirs: a namesake in the family does not blank their own name.
                    top && k.equals("subject") ? v : scrubValue(v, pattern, false)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> scrubValue(v, pattern, false)).toList();
        }
        if (value instanceof Record record) {
            return scrubValue(asMap(record), pattern, false);
        }
        return value;
    }

    /** A record (a safety decision, the consent) as a map of its components, for scrubbing and for the PDF. */
    static Map<String, Object> asMap(Record record) {
        var map = new LinkedHashMap<String, Object>();
        for (var component : record.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                map.put(component.getName(), accessor.invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return map;
    }
}
