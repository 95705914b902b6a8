package org.lifelonglinks.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a young person's plan.
 *
 * @param approval the social worker's approval of this version, or null while it waits for one
 */
public record Plan(int version, LocalDate agreedOn, String summary, boolean current, String createdBy,
        Instant createdAt, List<Commitment> commitments, Approval approval) {

    /**
     * A commitment in the plan, with the person's name as the young person knows them.
     *
     * @param keeper     who keeps it going once the coordinator steps back (null if not named yet)
     * @param nextLookOn when it is next looked at (null if not set)
     */
    public record Commitment(String id, String personId, String name, String relationship, ContactKind activity,
            Frequency frequency, LocalDate startDate, String note, Keeper keeper, LocalDate nextLookOn) {
    }

    /**
     * Who keeps a commitment going.
     *
     * @param personId for {@link KeeperKind#NETWORK_PERSON}, the person in the network
     * @param name     the person's name as workers know them, the carer's name or the role named
     */
    public record Keeper(KeeperKind kind, String personId, String name) {
    }

    /** A social worker's approval of a plan version: who (username and name) and on which day. */
    public record Approval(String approvedBy, String approverName, LocalDate approvedOn, Instant approvedAt) {
    }
}
