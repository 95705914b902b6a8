package org.lifelonglinks.safeguarding;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lifelonglinks.network.Baseline;

/**
 * What {@link Safeguarding} answers about one young person's network on one day: for every person connected to
 * them, where they stand on safety, whether they are hidden from the young person, and how they are in touch.
 * Anyone it does not know is treated as not to be shown: the answer fails closed.
 */
public final class NetworkSafety {

    private final String youngPersonId;
    private final LocalDate today;
    private final Map<String, Entry> byPerson;

    /**
     * One connected person: their safety today, the hidden flag, the referral baseline, the situation now, and
     * whether their erasure has been asked for (a record under erasure is never shown to the young person).
     */
    record Entry(SafetyState safety, boolean hidden, Baseline baseline, Baseline now, boolean underErasure) {
    }

    NetworkSafety(String youngPersonId, LocalDate today, Map<String, Entry> byPerson) {
        this.youngPersonId = youngPersonId;
        this.today = today;
        this.byPerson = Map.copyOf(byPerson);
    }

    public String youngPersonId() {
        return youngPersonId;
    }

    /** The service's today that the decisions were read against. */
    public LocalDate today() {
        return today;
    }

    /** Whether the person is connected to this young person at all. */
    public boolean inNetwork(String personId) {
        return byPerson.containsKey(personId);
    }

    /** A do-not-contact decision stands today: no contact, commitment or invitation, never shown to the young person. */
    public boolean barred(String personId) {
        var entry = byPerson.get(personId);
        return entry != null && entry.safety().barred();
    }

    /** Everyone barred today. */
    public Set<String> barred() {
        return byPerson.entrySet().stream().filter(e -> e.getValue().safety().barred()).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Hidden from the young person's own views by the coordinator (for example someone whose existence is not yet shared). */
    public boolean hiddenFromYoungPerson(String personId) {
        var entry = byPerson.get(personId);
        return entry != null && entry.hidden();
    }

    /**
     * Whether the young person may see this person in anything made for them: connected, not hidden, not barred
     * (nor barred by a decision that expired with no new one since), not under erasure. Unknown people are never
     * shown.
     */
    public boolean shownToYoungPerson(String personId) {
        var entry = byPerson.get(personId);
        return entry != null && !entry.hidden() && !entry.safety().keptFromYoungPerson() && !entry.underErasure();
    }

    /** Whether an erasure of this person has been asked for and not yet carried out or declined. */
    public boolean underErasure(String personId) {
        var entry = byPerson.get(personId);
        return entry != null && entry.underErasure();
    }

    /** Everyone connected who may not appear in the young person's views. */
    public Set<String> keptFromYoungPerson() {
        return byPerson.entrySet().stream().filter(e -> !shownToYoungPerson(e.getKey())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Where the person stands on safety today; {@link SafetyStatus#NOT_ASSESSED} for someone not connected. */
    public SafetyState safety(String personId) {
        var entry = byPerson.get(personId);
        return entry == null ? SafetyState.of(null, today) : entry.safety();
    }

    /** How the person is in touch with the young person now: recorded contact raises the referral baseline. */
    public Baseline contactNow(String personId) {
        var entry = byPerson.get(personId);
        return entry == null ? null : entry.now();
    }

    /** Not in touch at referral, in touch now. */
    public boolean backInTouch(String personId) {
        var entry = byPerson.get(personId);
        return entry != null && !entry.baseline().inTouch() && entry.now().inTouch();
    }

    /** The contact situation now for everyone connected, by person id. */
    public Map<String, Baseline> contactNow() {
        return byPerson.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().now()));
    }
}
