package org.lifelonglinks.network;

import java.util.HashSet;
import java.util.Set;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Builds the young person's own view of their network from the full one, dropping whatever they must not see. */
@Service
public class OwnNetworkService {

    private final YoungPersonRepository youngPeople;
    private final NetworkRepository networks;
    private final ObjectProvider<ContactRestrictions> restrictions;
    private final ObjectProvider<ContactNow> contactNow;
    private final AuditTrail audit;

    OwnNetworkService(YoungPersonRepository youngPeople, NetworkRepository networks,
            ObjectProvider<ContactRestrictions> restrictions, ObjectProvider<ContactNow> contactNow,
            AuditTrail audit) {
        this.youngPeople = youngPeople;
        this.networks = networks;
        this.restrictions = restrictions;
        this.contactNow = contactNow;
        this.audit = audit;
    }

    public OwnNetwork ownNetwork(CurrentUser user) {
        if (!user.is(Role.YOUNG_PERSON) || user.youngPersonId() == null) {
            throw new ForbiddenException("This view is for a young person's own account");
        }
        var youngPerson = youngPeople.find(user.youngPersonId()).orElseThrow(() -> new ForbiddenException(
                "This account is not linked to a young person's record"));
        var network = networks.network(youngPerson).orElseThrow();
        Set<String> doNotContact = restrictions.getIfAvailable(() -> id -> Set.of()).doNotContact(youngPerson.id());
        var now = contactNow.getIfAvailable(() -> id -> java.util.Map.of()).now(youngPerson.id());
        Set<String> shown = new HashSet<>();
        shown.add(youngPerson.id());
        var people = network.connections().stream()
                .filter(c -> !c.hiddenFromYoungPerson() && !doNotContact.contains(c.personId()))
                .map(c -> {
                    shown.add(c.personId());
                    var person = network.people().stream().filter(p -> p.id().equals(c.personId())).findFirst()
                            .orElseThrow();
                    var situation = now.getOrDefault(c.personId(), c.baseline());
                    return new OwnNetwork.OwnPerson(person.id(), nameOf(person), c.relationship(), c.category(),
                            person.sex(), person.deceased(), situation,
                            !c.baseline().inTouch() && situation.inTouch());
                })
                .toList();
        var kinship = network.kinship().stream()
                .filter(k -> shown.contains(k.fromPersonId()) && shown.contains(k.toPersonId()))
                .map(k -> new OwnNetwork.OwnKin(k.fromPersonId(), k.toPersonId(), k.kind(), k.qualifier()))
                .toList();
        audit.append(AuditEvent.of(user.username(), "OWN_NETWORK_READ", youngPerson.id()));
        return new OwnNetwork(new OwnNetwork.Me(youngPerson.id(), youngPerson.givenName()), people, kinship);
    }

    /** The name the young person knows someone by: their "known as" name first. */
    static String nameOf(Person person) {
        if (person.knownAs() != null) {
            return person.knownAs();
        }
        if (person.givenName() != null && person.familyName() != null) {
            return person.givenName() + " " + person.familyName();
        }
        return person.givenName() != null ? person.givenName() : person.familyName();
    }
}
