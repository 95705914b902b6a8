package org.lifelonglinks.privacy;

/** How a privacy notice reached the person, or how their objection arrived. */
public enum NoticeMethod {
    LETTER, EMAIL, PHONE, IN_PERSON
}
