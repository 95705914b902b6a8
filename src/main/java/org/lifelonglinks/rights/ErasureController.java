package org.lifelonglinks.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.privacy.DataProtection;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Erasure (asked for by a coordinator, carried out by an administrator) and the administrator's review. */
@RestController
class ErasureController {

    private final ErasureService erasures;
    private final DataProtection dataProtection;
    private final Clock clock;
    private final AuditTrail audit;

    ErasureController(ErasureService erasures, DataProtection dataProtection, Clock clock, AuditTrail audit) {
        this.erasures = erasures;
        this.dataProtection = dataProtection;
        this.clock = clock;
        this.audit = audit;
    }

    @PostMapping("/api/people/{id}/erasure")
    ResponseEntity<ErasureService.Outcome> erasePerson(@PathVariable String id,
            @RequestBody ErasureService.ErasureBody body, Authentication authentication) {
        return answer(erasures.erasePerson(CurrentUser.of(authentication), id, body));
    }

    @PostMapping("/api/young-people/{id}/erasure")
    ResponseEntity<ErasureService.Outcome> eraseYoungPerson(@PathVariable String id,
            @RequestBody ErasureService.ErasureBody body, Authentication authentication) {
        return answer(erasures.eraseYoungPerson(CurrentUser.of(authentication), id, body));
    }

    private static ResponseEntity<ErasureService.Outcome> answer(ErasureService.Outcome outcome) {
        return ResponseEntity.status(outcome.state().equals("ERASED") ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(outcome);
    }

    @GetMapping("/api/erasure-requests")
    List<ErasureService.PendingErasure> pending(Authentication authentication) {
        var pending = erasures.pending();
        audit.append(new AuditEvent(CurrentUser.of(authentication).username(),
                "ERASURE_REQUESTS_READ", null, null, pending.size() + " requests"));
        return pending;
    }

    @DeleteMapping("/api/erasure-requests/{personId}")
    ResponseEntity<Void> decline(@PathVariable String personId, Authentication authentication) {
        erasures.decline(CurrentUser.of(authentication), personId);
        return ResponseEntity.noContent().build();
    }

    /** The retention review: every record due today or before, and the erasures waiting for a decision. */
    @GetMapping("/api/retention/due")
    RetentionReview due(Authentication authentication) {
        var due = dataProtection.retentionDue();
        var pending = erasures.pending();
        audit.append(new AuditEvent(CurrentUser.of(authentication).username(),
                "RETENTION_REVIEWED", null, null, due.size() + " due, " + pending.size() + " erasures asked for"));
        return new RetentionReview(LocalDate.now(clock), due, pending);
    }

    record RetentionReview(LocalDate today, List<DataProtection.Due> due,
            List<ErasureService.PendingErasure> erasureRequests) {
    }
}
