package org.lifelonglinks.plan;

/** Who keeps a commitment going after the coordinator steps back. */
public enum KeeperKind {
    /** Someone in the young person's network ({@code personId}). */
    NETWORK_PERSON,
    /** The young person themself. */
    YOUNG_PERSON,
    /** The young person's carer (foster carer, residential key worker), named in {@code name}. */
    CARER,
    /** A named role (the social worker, an independent reviewing officer, a mentor), in {@code name}. */
    ROLE
}
