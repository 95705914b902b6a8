package org.lifelonglinks.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.ContactDetails;
import org.lifelonglinks.network.NetworkService;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * Exports a network's family tree as GEDCOM. People hidden from the young person or under do-not-contact, and
 * everyone's postcode, phone, email and address, are left out unless the user asks for them and is an
 * administrator or social worker; every export is audited with what it included.
 */
@Service
class GedcomExportService {

    private final NetworkService networks;
    private final Safeguarding safeguarding;
    private final AuditTrail audit;

    GedcomExportService(NetworkService networks, Safeguarding safeguarding, AuditTrail audit) {
        this.networks = networks;
        this.safeguarding = safeguarding;
        this.audit = audit;
    }

    String export(CurrentUser user, String youngPersonId, boolean includeRestricted, boolean includeContactDetails) {
        var network = networks.network(user, youngPersonId);
        if ((includeRestricted || includeContactDetails) && !(user.isAdmin() || user.is(Role.SOCIAL_WORKER))) {
            throw new ForbiddenException("Only an administrator or a social worker may export restricted people or "
                    + "contact details");
        }
        // Restricted: anyone the young person may not see today (barred or hidden), as the safeguarding module says.
        Set<String> restricted = new HashSet<>(safeguarding.network(youngPersonId).keptFromYoungPerson());
        var contactDetails = new HashMap<String, ContactDetails>();
        var postcodes = new HashMap<String, String>();
        if (includeContactDetails) {
            for (var person : network.people()) {
                if (includeRestricted || !restricted.contains(person.id())) {
                    contactDetails.put(person.id(), networks.contactDetails(user, person.id()).details());
                    if (person.postcode() != null) {
                        postcodes.put(person.id(), person.postcode());
                    }
                }
            }
        }
        String gedcom = GedcomWriter.write(network, id -> includeRestricted || !restricted.contains(id),
                restricted::contains, contactDetails, postcodes);
        audit.append(AuditEvent.of(user.username(), "GEDCOM_EXPORTED", youngPersonId).withDetail(
                "restricted people " + (includeRestricted ? "included" : "left out") + ", contact details "
                        + (includeContactDetails ? "included" : "left out")));
        return gedcom;
    }
}
