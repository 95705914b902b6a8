package org.lifelonglinks.network;

/** Recorded sex, used for kinship words and genogram symbols. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
