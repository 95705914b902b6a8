package org.lifelonglinks.network;

import java.util.Set;

/**
 * How one person is kin to another, read as "the other person is this person's KIND". PARENT and CHILD are two
 * views of the same stored fact.
 */
public enum KinKind {
    PARENT(Set.of(KinQualifier.BIRTH, KinQualifier.ADOPTIVE, KinQualifier.FOSTER, KinQualifier.STEP),
            KinQualifier.BIRTH),
    CHILD(PARENT.qualifiers, KinQualifier.BIRTH),
    PARTNER(Set.of(KinQualifier.CURRENT, KinQualifier.FORMER), KinQualifier.CURRENT),
    SIBLING(Set.of(KinQualifier.FULL, KinQualifier.HALF, KinQualifier.STEP), KinQualifier.FULL);

    private final Set<KinQualifier> qualifiers;
    private final KinQualifier usual;

    KinKind(Set<KinQualifier> qualifiers, KinQualifier usual) {
        this.qualifiers = qualifiers;
        this.usual = usual;
    }

    public Set<KinQualifier> qualifiers() {
        return qualifiers;
    }

    /** The qualifier assumed when none is given. */
    public KinQualifier usual() {
        return usual;
    }
}
