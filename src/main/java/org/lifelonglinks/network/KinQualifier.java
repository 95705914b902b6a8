package org.lifelonglinks.network;

/** The kind of parenthood, partnership or siblinghood. */
public enum KinQualifier {
    BIRTH, ADOPTIVE, FOSTER, STEP, CURRENT, FORMER, FULL, HALF
}
