package org.lifelonglinks.network;

/** What kind of person someone is to the young person. */
public enum Category {
    FAMILY, FORMER_CARER, EDUCATION, FRIEND, PROFESSIONAL, COMMUNITY
}
