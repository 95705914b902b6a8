package org.lifelonglinks.audit;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    /**
     * One entry as the trail's page shows it: the entry, and beside its ids the names they have now (looked up as
     * the page is read; {@code "erased"} for someone erased, null for an id that names nothing).
     */
    record Line(String id, Instant at, String username, String userName, String action, String actionWords,
            String youngPersonId, String youngPersonName, String personId, String personName, String detail,
            Map<String, List<String>> changes, List<String> alsoRead) {
    }

    @GetMapping
    List<Line> find(@RequestParam(required = false) String youngPersonId,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        var query = new AuditQuery(youngPersonId, personId, username, action, from, to, limit);
        var entries = trail.find(query);
        var names = trail.names(entries);
        trail.append(new AuditEvent(principal.getName(), "AUDIT_READ", youngPersonId, personId, null));
        return entries.stream().map(e -> new Line(e.id(), e.at(), e.username(), names.users().get(e.username()),
                e.action(), AuditActions.words(e.action()),
                e.youngPersonId(), e.youngPersonId() == null ? null : names.people().get(e.youngPersonId()),
                e.personId(), e.personId() == null ? null : names.people().get(e.personId()),
                e.detail(), e.changes(), e.alsoRead())).toList();
    }

    /**
     * What the trail's filters offer, so nobody pastes an id or a code: every user, every young person, the
     * actions in words, and with {@code youngPersonId} the people in that young person's network.
     */
    @GetMapping("/filters")
    AuditTrail.Choices filters(@RequestParam(required = false) String youngPersonId, Principal principal) {
        var choices = trail.choices(youngPersonId);
        trail.append(new AuditEvent(principal.getName(), "AUDIT_READ", youngPersonId, null, "the filters' choices"));
        return choices;
    }
}
