package org.lifelonglinks.safeguarding;

import org.lifelonglinks.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The young person's own view of their network; nothing they must not see is in the response at all. */
@RestController
class OwnNetworkController {

    private final OwnNetworkService ownNetworks;

    OwnNetworkController(OwnNetworkService ownNetworks) {
        this.ownNetworks = ownNetworks;
    }

    @GetMapping("/api/me/network")
    OwnNetwork ownNetwork(Authentication authentication) {
        return ownNetworks.ownNetwork(CurrentUser.of(authentication), "OWN_NETWORK_READ");
    }
}
