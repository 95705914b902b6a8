package org.lifelonglinks.network;

import java.net.URI;
import java.util.List;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Networks, the people in them, their kinship and their contact details. */
@RestController
class NetworkController {

    private final NetworkService networks;

    NetworkController(NetworkService networks) {
        this.networks = networks;
    }

    @PatchMapping("/api/young-people/{id}/connections/{connectionId}")
    Connection updateConnection(@PathVariable String id, @PathVariable String connectionId,
            @RequestBody ConnectionChanges changes, Authentication authentication) {
        return networks.updateConnection(CurrentUser.of(authentication), id, connectionId, changes);
    }

    @PostMapping("/api/young-people/{id}/people")
    ResponseEntity<PersonAdded> addPerson(@PathVariable String id, @RequestBody AddPerson request,
            Authentication authentication) {
        var added = networks.addPerson(CurrentUser.of(authentication), id, request);
        return ResponseEntity.created(URI.create("/api/people/" + added.personId())).body(added);
    }

    /** Who already recorded may be this person, asked before adding them; nothing is saved. */
    @PostMapping("/api/young-people/{id}/possible-duplicates")
    PossibleDuplicates possibleDuplicates(@PathVariable String id, @RequestBody DuplicateQuery query,
            Authentication authentication) {
        return new PossibleDuplicates(networks.possibleDuplicates(CurrentUser.of(authentication), id,
                query.person()));
    }

    /** People already recorded who may be the person asked about, strongest first. */
    record PossibleDuplicates(List<PossibleDuplicate> possibleDuplicates) {
    }

    @GetMapping("/api/young-people/{id}/network")
    Network network(@PathVariable String id, Authentication authentication) {
        return networks.network(CurrentUser.of(authentication), id);
    }

    @GetMapping("/api/people/{personId}")
    Person person(@PathVariable String personId, Authentication authentication) {
        return networks.person(CurrentUser.of(authentication), personId);
    }

    @PatchMapping("/api/people/{personId}")
    Person updatePerson(@PathVariable String personId, @RequestBody PersonChanges changes,
            Authentication authentication) {
        return networks.updatePerson(CurrentUser.of(authentication), personId, changes);
    }

    @PostMapping("/api/people/{personId}/kin")
    ResponseEntity<Kin> addKin(@PathVariable String personId, @RequestBody AddKin request,
            Authentication authentication) {
        var added = networks.addKin(CurrentUser.of(authentication), personId, request);
        return ResponseEntity.status(added.created() ? HttpStatus.CREATED : HttpStatus.OK).body(added.kin());
    }

    @GetMapping("/api/people/{personId}/contact-details")
    ContactDetails contactDetails(@PathVariable String personId, Authentication authentication) {
        return networks.contactDetails(CurrentUser.of(authentication), personId);
    }

    @PutMapping("/api/people/{personId}/contact-details")
    ContactDetails saveContactDetails(@PathVariable String personId, @RequestBody ContactDetails details,
            Authentication authentication) {
        return networks.saveContactDetails(CurrentUser.of(authentication), personId, details);
    }
}
