package org.lifelonglinks.casework;

import java.util.List;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Handing a young person's case to another coordinator, and the handovers so far. */
@RestController
class HandoverController {

    private final HandoverService handovers;

    HandoverController(HandoverService handovers) {
        this.handovers = handovers;
    }

    @PostMapping("/api/young-people/{id}/handover")
    @ResponseStatus(HttpStatus.CREATED)
    Handover handOver(@PathVariable String id, @RequestBody HandoverRequest request, Authentication authentication) {
        return handovers.handOver(CurrentUser.of(authentication), id, request);
    }

    @GetMapping("/api/young-people/{id}/handovers")
    List<Handover> handovers(@PathVariable String id, Authentication authentication) {
        return handovers.handovers(CurrentUser.of(authentication), id);
    }
}
