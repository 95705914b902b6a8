package org.lifelonglinks.network;

import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The caseload check for modules that work on a young person's network without reading all of it (safety
 * decisions, contacts, the plan). A record the user may not see answers 404, as a missing one, and the refusal is
 * audited, exactly as for the network's own endpoints.
 */
@Component
public class NetworkAccess {

    private final NetworkGuard guard;
    private final NetworkRepository networks;
    private final PersonRepository people;
    private final NetworkProperties properties;

    NetworkAccess(NetworkGuard guard, NetworkRepository networks, PersonRepository people,
            NetworkProperties properties) {
        this.guard = guard;
        this.networks = networks;
        this.people = people;
        this.properties = properties;
    }

    /** The area teams a young person can belong to, in the configured order. */
    public java.util.List<String> areas() {
        return properties.areas();
    }

    /** The young person, if the user may read their record. */
    public YoungPerson readable(CurrentUser user, String youngPersonId) {
        return guard.readable(user, youngPersonId);
    }

    /** The young person, if the user may change their record (an admin or an assigned coordinator). */
    public YoungPerson changeable(CurrentUser user, String youngPersonId) {
        return guard.changeable(user, youngPersonId);
    }

    /** The young person's connection with this person, and the person; 404 if the person is not in the network. */
    public Connected connected(String youngPersonId, String personId) {
        var connection = networks.findConnectionTo(youngPersonId, personId)
                .orElseThrow(() -> new NotFoundException("Person in this network"));
        var person = people.find(personId).orElseThrow(() -> new NotFoundException("Person in this network"));
        return new Connected(connection, person);
    }

    /**
     * The whole stored network of a young person already checked as readable ({@link #readable}): for modules
     * that project it (the young person's own view), which audit their own read.
     */
    public Network networkOf(YoungPerson youngPerson) {
        return networks.network(youngPerson).orElseThrow(() -> new NotFoundException("Young person"));
    }

    /** The networks holding this person that the user may read; 404 (audited) if there are none. */
    public java.util.List<String> readableNetworksOf(CurrentUser user, String personId) {
        return guard.readableNetworksOf(user, personId);
    }

    /** The networks holding this person that the user may change; 404 (audited) if there are none. */
    public java.util.List<String> changeableNetworksOf(CurrentUser user, String personId) {
        return guard.changeableNetworksOf(user, personId);
    }

    /** Every network holding this person (their own record too, for a young person), whoever asks. */
    public java.util.List<String> allNetworksOf(String personId) {
        return people.networksOf(personId);
    }

    /** The person as stored, for a caller that has already checked the user may read them. */
    public java.util.Optional<Person> person(String personId) {
        return people.find(personId);
    }

    public record Connected(Connection connection, Person person) {
    }
}
