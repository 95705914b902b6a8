package org.lifelonglinks.network;

/** How a person in the network was identified. */
public enum Source {
    YOUNG_PERSON, CASE_FILE, FAMILY_MEMBER, SEARCH
}
