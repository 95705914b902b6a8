package org.lifelonglinks.analysis;

import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import java.util.Map;
import java.util.Set;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.NetworkService;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.BoundedMemo;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.stereotype.Service;

/** Analyses a network the user may see; access checks and the read's audit entry come from the network module. */
@Service
class AnalysisService {

    private final NetworkService networks;
    private final Safeguarding safeguarding;
    private final AuditTrail audit;
    /**
     * Analyses kept for the next identical request (safeguarding invariant 22): the key is everything the analyser
     * reads, compared whole: the network as read now, who the safeguarding module bars today, the contact now.
     */
    private final BoundedMemo<Inputs, NetworkAnalysis> analyses = BoundedMemo.ofEntries(ANALYSES_KEPT);

    /** At most this many analyses are kept (a 100-person network's is about 50 KB). */
    static final int ANALYSES_KEPT = 512;

    /** Everything {@link NetworkAnalyser} reads. */
    private record Inputs(Network network, Set<String> barred, Map<String, Baseline> contactNow) {
    }

    AnalysisService(NetworkService networks, Safeguarding safeguarding, AuditTrail audit) {
        this.networks = networks;
        this.safeguarding = safeguarding;
        this.audit = audit;
    }

    NetworkAnalysis analyse(CurrentUser user, String youngPersonId) {
        var network = networks.network(user, youngPersonId,
                java.util.List.of(AuditEvent.of(user.username(), "ANALYSIS_READ", youngPersonId)));
        var safety = safeguarding.network(youngPersonId);
        return analyses.get(new Inputs(network, safety.barred(), safety.contactNow()),
                in -> new NetworkAnalyser(in.network(), in.barred(), in.contactNow()).analyse());
    }

    /** How many analyses are kept now (for tests). */
    int analysesKept() {
        return analyses.size();
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
