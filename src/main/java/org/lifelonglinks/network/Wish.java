package org.lifelonglinks.network;

/** What the young person wants from a relationship. */
public enum Wish {
    IMPORTANT_TO_ME, WANT_BACK_IN_TOUCH, WANT_TO_KNOW_ABOUT, NOT_NOW
}
