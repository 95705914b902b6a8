package org.lifelonglinks.network;

import java.util.List;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The people in young people's networks, their connections, kinship and contact details. */
@Service
public class NetworkService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NetworkService.class);

    private final NetworkRepository networks;
    private final PersonRepository people;
    private final NetworkGuard guard;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DuplicateWarning duplicateWarning;
    private final CaseImportRepository caseImports;

    NetworkService(NetworkRepository networks, PersonRepository people, NetworkGuard guard, AuditTrail audit,
            ApplicationEventPublisher events, DuplicateWarning duplicateWarning,
            CaseImportRepository caseImports) {
        this.caseImports = caseImports;
        this.networks = networks;
        this.people = people;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.duplicateWarning = duplicateWarning;
    }

    /** Adds a new person to a young person's network, or connects someone already known to the user. */
    public PersonAdded addPerson(CurrentUser user, String youngPersonId, AddPerson request) {
        guard.changeable(user, youngPersonId);
        request.check();
        var connection = request.connection();
        String connectionId = UUID.randomUUID().toString();
        if (request.connectsExisting()) {
            if (request.personId().equals(youngPersonId)) {
                throw new InvalidFieldException("personId", "a young person cannot be in their own network");
            }
            guard.readableNetworksOf(user, request.personId());
            var event = AuditEvent.of(user.username(), AuditActions.PERSON_CONNECTED, youngPersonId)
                    .aboutPerson(request.personId());
            var created = networks.connectExisting(youngPersonId, request.personId(), connectionId, connection, event);
            var person = people.find(request.personId()).orElseThrow();
            return new PersonAdded(person.id(), created.id(), person, created, List.of());
        }
        var details = request.person();
        // Checked before the write, so the new person cannot be their own duplicate.
        var duplicates = duplicateWarning.about(user, youngPersonId, details);
        String personId = UUID.randomUUID().toString();
        var event = AuditEvent.of(user.username(), AuditActions.PERSON_ADDED, youngPersonId).aboutPerson(personId);
        var created = networks.addNewPerson(youngPersonId, personId, details, connectionId, connection, event);
        events.publishEvent(new PersonSaved(personId));
        return new PersonAdded(personId, created.id(), Person.of(personId, details), created, duplicates);
    }

    /**
     * People already recorded who may be the person about to be added to this young person's network: asked
     * before saving, by whoever may add people to it. The trail records that a check happened and how many were
     * found, not the names asked about.
     */
    public List<PossibleDuplicate> possibleDuplicates(CurrentUser user, String youngPersonId, PersonDetails person) {
        guard.changeable(user, youngPersonId);
        var duplicates = duplicateWarning.about(user, youngPersonId, person);
        audit.append(new AuditEvent(user.username(), AuditActions.DUPLICATES_CHECKED, youngPersonId, null,
                duplicates.size() + " possible duplicates"));
        return duplicates;
    }

    /** The whole network as workers see it. Young people see theirs through their own projection instead. */
    public Network network(CurrentUser user, String youngPersonId) {
        return network(user, youngPersonId, List.of());
    }

    /**
     * The whole network, for a read that makes something of it (a chart, an analysis): {@code alsoRead}, the
     * caller's own entries, are committed with the network's read entry in one commit, before the network is read.
     */
    public Network network(CurrentUser user, String youngPersonId, List<AuditEvent> alsoRead) {
        var youngPerson = guard.readable(user, youngPersonId);
        if (user.is(Role.YOUNG_PERSON)) {
            throw new ForbiddenException("Young people see their network through their own chart, not this view");
        }
        var entries = new java.util.ArrayList<AuditEvent>();
        entries.add(AuditEvent.of(user.username(), AuditActions.NETWORK_READ, youngPersonId));
        entries.addAll(alsoRead);
        audit.append(entries);
        return networks.network(youngPerson).orElseThrow();
    }

    /** Changes what a person is to the young person, or hides them from the young person's own view. */
    public Connection updateConnection(CurrentUser user, String youngPersonId, String connectionId,
            Long expectedVersion, ConnectionChanges changes) {
        guard.changeable(user, youngPersonId);
        var current = networks.findConnection(youngPersonId, connectionId)
                .orElseThrow(() -> new NotFoundException("Connection"));
        return networks.updateConnection(youngPersonId, connectionId, expectedVersion, changes::applyTo,
                AuditEvent.of(user.username(), AuditActions.CONNECTION_UPDATED, youngPersonId)
                        .aboutPerson(current.personId()));
    }

    public Person person(CurrentUser user, String personId) {
        var visibleIn = workerNetworks(user, personId, false);
        visibleIn.forEach(id -> audit.append(AuditEvent.of(user.username(), AuditActions.PERSON_READ, id)
                .aboutPerson(personId)));
        return people.find(personId).orElseThrow(() -> new NotFoundException("Person"));
    }

    /**
     * Changes a person. With {@code expectedVersion} the change is refused (412) if someone else changed them since;
     * without it the fields sent are applied to the person as they are now, and the last writer wins.
     */
    public Person updatePerson(CurrentUser user, String personId, Long expectedVersion, PersonChanges changes) {
        workerNetworks(user, personId, true);
        var updated = people.update(personId, expectedVersion, changes::applyTo,
                events(user, AuditActions.PERSON_UPDATED, everyNetworkOf(personId), personId, null));
        events.publishEvent(new PersonSaved(personId));
        return updated;
    }

    /** Records that {@code request.personId()} is {@code personId}'s kin. */
    public KinAdded addKin(CurrentUser user, String personId, AddKin request) {
        workerNetworks(user, personId, true);
        try {
            workerNetworks(user, request.personId(), true);
        } catch (NotFoundException e) {
            throw new InvalidFieldException("personId", "there is no person with this id in a network you work with");
        }
        var detail = request.kind() + " (" + request.qualifier() + ") " + request.personId();
        var recorded = people.addKin(personId, request,
                events(user, AuditActions.KIN_RECORDED, everyNetworkOf(personId), personId, detail));
        return new KinAdded(recorded.kin(), recorded.created());
    }

    public ContactDetailsView contactDetails(CurrentUser user, String personId) {
        var visibleIn = workerNetworks(user, personId, false);
        visibleIn.forEach(id -> audit.append(AuditEvent.of(user.username(), AuditActions.CONTACT_DETAILS_READ, id)
                .aboutPerson(personId)));
        return people.contactDetails(personId).orElse(new ContactDetailsView(null, null, null, 0));
    }

    /** Saves contact details; {@code expectedVersion} as for {@link #updatePerson}. */
    public ContactDetailsView saveContactDetails(CurrentUser user, String personId, Long expectedVersion,
            ContactDetails details) {
        workerNetworks(user, personId, true);
        return people.saveContactDetails(personId, expectedVersion, details,
                events(user, AuditActions.CONTACT_DETAILS_UPDATED, everyNetworkOf(personId), personId, null));
    }

    /** A fact of kinship after it was recorded; {@code created} is false when it was already known. */
    /**
     * Parents, children and partners already recorded for these people, as far as the user may see them: how a
     * family tree imported again (for a brother or sister) finds the relatives it already holds.
     */
    public List<RecordedTie> recordedTies(CurrentUser user, java.util.Collection<String> personIds) {
        return networks.recordedTies(personIds, user.username(), user.isAdmin());
    }

    /**
     * Adds a family tree to the network in one transaction (see {@link NetworkImport}); the search index is
     * brought up to date for every person created. Only an administrator or the assigned coordinator may.
     */
    public NetworkImport.Result importInto(CurrentUser user, String youngPersonId, NetworkImport tree,
            String auditAction, String auditDetail) {
        guard.changeable(user, youngPersonId);
        long started = System.nanoTime();
        var result = networks.importTree(youngPersonId, tree,
                new AuditEvent(user.username(), auditAction, youngPersonId, null, auditDetail));
        long written = System.nanoTime();
        events.publishEvent(new PeopleSaved(tree.newPeople().stream().map(p -> result.personIds().get(p.key()))
                .toList()));
        if (log.isDebugEnabled()) {
            log.debug("Import of {} people: written and committed in {} ms, searchable {} ms later",
                    tree.newPeople().size(), (written - started) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
        }
        return result;
    }

    /**
     * Starts a case-system import (with {@code dryRun}, one that only reports); administrators only. The caller
     * hands the records over as it reads them and finishes or closes the import. People created or changed are
     * brought up to date in the search index after the commit.
     */
    public CaseImport startCaseImport(CurrentUser user, boolean dryRun) {
        if (!user.isAdmin()) {
            throw new org.lifelonglinks.system.ForbiddenException("Only an administrator imports from the case system");
        }
        return caseImports.start(dryRun, new AuditEvent(user.username(), "CASES_IMPORTED", null, null, null),
                changed -> {
                    if (!changed.isEmpty()) {
                        events.publishEvent(new PeopleSaved(changed));
                    }
                });
    }

    public record KinAdded(Kin kin, boolean created) {
    }

    private List<String> workerNetworks(CurrentUser user, String personId, boolean change) {
        if (user.is(Role.YOUNG_PERSON)) {
            // A young person's account never reaches other people's records, not even in its own network.
            throw new NotFoundException("Person");
        }
        return change ? guard.changeableNetworksOf(user, personId) : guard.readableNetworksOf(user, personId);
    }

    /**
     * Every network holding the person, not only those the user works with: a change to a person shared by two
     * young people's networks is part of both records, and each one's audit trail must show it.
     */
    private List<String> everyNetworkOf(String personId) {
        return people.networksOf(personId);
    }

    private static List<AuditEvent> events(CurrentUser user, String action, List<String> networks, String personId,
            String detail) {
        return networks.stream()
                .map(id -> new AuditEvent(user.username(), action, id, personId, detail))
                .toList();
    }
}
