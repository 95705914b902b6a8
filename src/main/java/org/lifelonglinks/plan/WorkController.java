package org.lifelonglinks.plan;

import org.lifelonglinks.safeguarding.SafetyDecision;
import java.util.List;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Safety decisions, contacts and the connection's status: the coordinator's day-to-day records. */
@RestController
class WorkController {

    private final SafetyService safety;
    private final ContactService contacts;

    WorkController(SafetyService safety, ContactService contacts) {
        this.safety = safety;
        this.contacts = contacts;
    }

    @PostMapping("/api/people/{personId}/safety")
    @ResponseStatus(HttpStatus.CREATED)
    SafetyDecision recordSafety(@PathVariable String personId, @RequestBody SafetyDecisionRequest request,
            Authentication authentication) {
        return safety.record(CurrentUser.of(authentication), personId, request);
    }

    @GetMapping("/api/people/{personId}/safety")
    SafetyView safety(@PathVariable String personId, @RequestParam(required = false) String youngPersonId,
            Authentication authentication) {
        return safety.view(CurrentUser.of(authentication), personId, youngPersonId);
    }

    @PostMapping("/api/young-people/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    ContactEvent recordContact(@PathVariable String id, @RequestBody ContactRequest request,
            Authentication authentication) {
        return contacts.record(CurrentUser.of(authentication), id, request);
    }

    @GetMapping("/api/young-people/{id}/contacts")
    List<ContactEvent> contacts(@PathVariable String id, @RequestParam(required = false) String personId,
            Authentication authentication) {
        return contacts.contacts(CurrentUser.of(authentication), id, personId);
    }

    @PutMapping("/api/young-people/{id}/people/{personId}/status")
    StatusAnswer move(@PathVariable String id, @PathVariable String personId,
            @RequestBody ContactService.StatusRequest request, Authentication authentication) {
        return new StatusAnswer(personId, contacts.move(CurrentUser.of(authentication), id, personId, request));
    }

    @GetMapping("/api/young-people/{id}/progress")
    List<Progress> progress(@PathVariable String id, Authentication authentication) {
        return contacts.progress(CurrentUser.of(authentication), id);
    }

    public record StatusAnswer(String personId, ConnectionStatus status) {
    }
}
