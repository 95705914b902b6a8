package org.lifelonglinks.network;

/**
 * A stored kinship fact. For PARENT, {@code fromPersonId} is the parent of {@code toPersonId}; PARTNER and
 * SIBLING read the same both ways.
 */
public record Kin(String fromPersonId, String toPersonId, KinKind kind, KinQualifier qualifier) {
}
