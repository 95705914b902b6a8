package org.lifelonglinks.network;

import java.net.URI;
import java.util.List;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Young people's records and the workers assigned to them. */
@RestController
@RequestMapping("/api/young-people")
class YoungPersonController {

    private final YoungPersonService youngPeople;

    YoungPersonController(YoungPersonService youngPeople) {
        this.youngPeople = youngPeople;
    }

    @PostMapping
    ResponseEntity<YoungPerson> create(@RequestBody NewYoungPerson request, Authentication authentication) {
        var created = youngPeople.create(CurrentUser.of(authentication), request);
        return ResponseEntity.created(URI.create("/api/young-people/" + created.id())).body(created);
    }

    @GetMapping
    List<YoungPerson> list(Authentication authentication) {
        return youngPeople.list(CurrentUser.of(authentication));
    }

    @GetMapping("/{id}")
    ResponseEntity<YoungPerson> get(@PathVariable String id, Authentication authentication) {
        var youngPerson = youngPeople.get(CurrentUser.of(authentication), id);
        return ResponseEntity.ok().eTag(Versions.etag(youngPerson.version())).body(youngPerson);
    }

    @PatchMapping("/{id}")
    ResponseEntity<YoungPerson> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody YoungPersonChanges changes, Authentication authentication) {
        var updated = youngPeople.update(CurrentUser.of(authentication), id, Versions.expected(ifMatch), changes);
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    @PutMapping("/{id}/coordinators/{username}")
    YoungPerson assignCoordinator(@PathVariable String id, @PathVariable String username,
            Authentication authentication) {
        return youngPeople.assign(CurrentUser.of(authentication), id, username, Role.COORDINATOR);
    }

    @DeleteMapping("/{id}/coordinators/{username}")
    YoungPerson unassignCoordinator(@PathVariable String id, @PathVariable String username,
            Authentication authentication) {
        return youngPeople.unassign(CurrentUser.of(authentication), id, username, Role.COORDINATOR);
    }

    @PutMapping("/{id}/social-workers/{username}")
    YoungPerson assignSocialWorker(@PathVariable String id, @PathVariable String username,
            Authentication authentication) {
        return youngPeople.assign(CurrentUser.of(authentication), id, username, Role.SOCIAL_WORKER);
    }

    @DeleteMapping("/{id}/social-workers/{username}")
    YoungPerson unassignSocialWorker(@PathVariable String id, @PathVariable String username,
            Authentication authentication) {
        return youngPeople.unassign(CurrentUser.of(authentication), id, username, Role.SOCIAL_WORKER);
    }
}
