package org.lifelonglinks.network;

/**
 * Kinship already recorded, seen from one person: {@code other} is {@code personId}'s {@code kind} (PARENT,
 * CHILD or PARTNER). Used to match a family tree to the people already recorded through their kin.
 */
public record RecordedTie(String personId, KinKind kind, Person other) {
}
