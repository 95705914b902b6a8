package org.lifelonglinks.network;

/** Where the Lifelong Links work with a young person has got to. */
public enum WorkStatus {
    REFERRED, DISCOVERY, SEARCHING, MEETING_PLANNED, PLAN_AGREED, REVIEWING, CLOSED
}
