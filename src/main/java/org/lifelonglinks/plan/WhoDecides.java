package org.lifelonglinks.plan;

import java.util.List;
import org.lifelonglinks.network.YoungPerson;
import org.lifelonglinks.security.UserAccountService;
import org.lifelonglinks.security.UserView;
import org.springframework.stereotype.Component;

/**
 * Names who can do what a role may not: a refusal tells the person who to ask ("ask Sam Okafor, the social worker
 * for this young person, to approve it") rather than only that they cannot. The social workers are those assigned
 * to the young person's caseload; when none is, it says so and names who assigns them (an administrator).
 */
@Component
class WhoDecides {

    private final UserAccountService accounts;

    WhoDecides(UserAccountService accounts) {
        this.accounts = accounts;
    }

    /** The assigned social workers' names, as people read them (display name, else username). */
    List<String> socialWorkers(YoungPerson youngPerson) {
        return youngPerson.socialWorkers().stream().map(this::nameOf).toList();
    }

    /** A worker's name as people read it: their display name, else their username. */
    String nameOf(String username) {
        return username == null ? "someone" : accounts.find(username).map(UserView::displayName)
                .filter(n -> n != null && !n.isBlank()).orElse(username);
    }

    /**
     * "Only a social worker can {action}: ask Sam Okafor, the social worker for this young person, to {verb} it."
     * or, with nobody assigned, who assigns a social worker.
     */
    String onlySocialWorker(YoungPerson youngPerson, String action, String verb) {
        var names = socialWorkers(youngPerson);
        String ask = switch (names.size()) {
            case 0 -> "no social worker is assigned to this young person yet: ask an administrator to assign one";
            case 1 -> "ask " + names.getFirst() + ", the social worker for this young person, to " + verb + " it";
            default -> "ask " + String.join(" or ", names) + ", the social workers for this young person, to "
                    + verb + " it";
        };
        return "Only a social worker can " + action + ": " + ask + ".";
    }
}
