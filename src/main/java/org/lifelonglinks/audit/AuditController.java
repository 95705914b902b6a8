package org.lifelonglinks.audit;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets administrators read the audit trail. Reading it is itself audited. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    List<AuditEntry> find(@RequestParam(required = false) String youngPersonId,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        var query = new AuditQuery(youngPersonId, personId, username, action, from, to, limit);
        var entries = trail.find(query);
        trail.append(new AuditEvent(principal.getName(), "AUDIT_READ", youngPersonId, personId, null));
        return entries;
    }
}
