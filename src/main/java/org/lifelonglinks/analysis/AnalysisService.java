package org.lifelonglinks.analysis;

import java.util.Map;
import java.util.Set;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.ContactNow;
import org.lifelonglinks.network.ContactRestrictions;
import org.lifelonglinks.network.NetworkService;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Analyses a network the user may see; access checks and the read's audit entry come from the network module. */
@Service
class AnalysisService {

    private final NetworkService networks;
    private final ObjectProvider<ContactRestrictions> restrictions;
    private final ObjectProvider<ContactNow> contactNow;
    private final AuditTrail audit;

    AnalysisService(NetworkService networks, ObjectProvider<ContactRestrictions> restrictions,
            ObjectProvider<ContactNow> contactNow, AuditTrail audit) {
        this.networks = networks;
        this.restrictions = restrictions;
        this.contactNow = contactNow;
        this.audit = audit;
    }

    NetworkAnalysis analyse(CurrentUser user, String youngPersonId) {
        var network = networks.network(user, youngPersonId);
        Set<String> doNotContact = restrictions.getIfAvailable(() -> id -> Set.of()).doNotContact(youngPersonId);
        audit.append(AuditEvent.of(user.username(), "ANALYSIS_READ", youngPersonId));
        var now = contactNow.getIfAvailable(() -> id -> Map.of()).now(youngPersonId);
        return new NetworkAnalyser(network, doNotContact, now).analyse();
    }

    RelationshipCalculator.Relationship relationship(CurrentUser user, String youngPersonId, String personId) {
        var network = networks.network(user, youngPersonId);
        boolean inNetwork = network.people().stream().anyMatch(p -> p.id().equals(personId));
        if (!inNetwork) {
            throw new NotFoundException("Person in this network");
        }
        audit.append(AuditEvent.of(user.username(), "RELATIONSHIP_READ", youngPersonId).aboutPerson(personId));
        return new RelationshipCalculator(network).relationshipTo(youngPersonId, personId)
                .orElse(new RelationshipCalculator.Relationship(null, null, -1, -1, false));
    }
}
