package org.lifelonglinks.casework;

/**
 * Where the Lifelong Links work with a young person has got to, in the order of the process. The stage is never
 * typed in: {@link StageRule} derives it from what is recorded.
 */
public enum Stage {
    /** Referred: nothing recorded yet beyond the referral. */
    REFERRED("Referred"),
    /** Someone has been added to the network. */
    MAPPING_THE_NETWORK("Mapping the network"),
    /** The coordinator has made a tracing attempt (a letter, a call, a visit…). */
    SEARCHING("Searching"),
    /** Someone has been reached. */
    CONTACT("Contact"),
    /** The Lifelong Links meeting has taken place. */
    MEETING("Meeting"),
    /** A plan has been agreed. */
    PLAN("Plan"),
    /** The plan has been reviewed. */
    REVIEWING("Reviewing"),
    /** The young person's record was closed. */
    CLOSED("Closed");

    private final String words;

    Stage(String words) {
        this.words = words;
    }

    /** The stage in plain words, as the pages show it. */
    public String words() {
        return words;
    }
}
