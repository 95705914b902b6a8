package org.lifelonglinks.analysis;

import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.NetworkService;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.stereotype.Service;

/** Analyses a network the user may see; access checks and the read's audit entry come from the network module. */
@Service
class AnalysisService {

    private final NetworkService networks;
    private final Safeguarding safeguarding;
    private final AuditTrail audit;

    AnalysisService(NetworkService networks, Safeguarding safeguarding, AuditTrail audit) {
        this.networks = networks;
        this.safeguarding = safeguarding;
        this.audit = audit;
    }

    NetworkAnalysis analyse(CurrentUser user, String youngPersonId) {
        var network = networks.network(user, youngPersonId);
        var safety = safeguarding.network(youngPersonId);
        audit.append(AuditEvent.of(user.username(), "ANALYSIS_READ", youngPersonId));
        return new NetworkAnalyser(network, safety.barred(), safety.contactNow()).analyse();
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
