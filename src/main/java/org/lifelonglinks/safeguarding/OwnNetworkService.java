package org.lifelonglinks.safeguarding;

import java.util.HashSet;
import java.util.Set;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * Builds the young person's own view of their network from the full one, keeping only the people
 * {@link NetworkSafety#shownToYoungPerson} allows today; every view made for the young person starts here.
 */
@Service
public class OwnNetworkService {

    private final NetworkAccess networks;
    private final Safeguarding safeguarding;
    private final AuditTrail audit;

    OwnNetworkService(NetworkAccess networks, Safeguarding safeguarding, AuditTrail audit) {
        this.networks = networks;
        this.safeguarding = safeguarding;
        this.audit = audit;
    }

    /** The view for the signed-in young person; the read is audited as {@code action}. */
    public OwnNetwork ownNetwork(CurrentUser user, String action) {
        if (!user.is(Role.YOUNG_PERSON) || user.youngPersonId() == null) {
            throw new ForbiddenException("This view is for a young person's own account");
        }
        var youngPerson = networks.readable(user, user.youngPersonId());
        var network = networks.networkOf(youngPerson);
        var safety = safeguarding.network(youngPerson.id());
        Set<String> shown = new HashSet<>();
        shown.add(youngPerson.id());
        var people = network.connections().stream()
                .filter(c -> safety.shownToYoungPerson(c.personId()))
                .map(c -> {
                    shown.add(c.personId());
                    var person = network.people().stream().filter(p -> p.id().equals(c.personId())).findFirst()
                            .orElseThrow();
                    return new OwnNetwork.OwnPerson(person.id(), nameOf(person), c.relationship(), c.category(),
                            person.sex(), person.deceased(), safety.contactNow(c.personId()),
                            safety.backInTouch(c.personId()));
                })
                .toList();
        var kinship = network.kinship().stream()
                .filter(k -> shown.contains(k.fromPersonId()) && shown.contains(k.toPersonId()))
                .map(k -> new OwnNetwork.OwnKin(k.fromPersonId(), k.toPersonId(), k.kind(), k.qualifier()))
                .toList();
        audit.append(AuditEvent.of(user.username(), action, youngPerson.id()));
        return new OwnNetwork(new OwnNetwork.Me(youngPerson.id(), youngPerson.givenName()), people, kinship);
    }

    /** The name the young person knows someone by: their "known as" name first. */
    public static String nameOf(Person person) {
        if (person.knownAs() != null) {
            return person.knownAs();
        }
        if (person.givenName() != null && person.familyName() != null) {
            return person.givenName() + " " + person.familyName();
        }
        return person.givenName() != null ? person.givenName() : person.familyName();
    }
}
