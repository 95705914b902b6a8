package org.lifelonglinks.plan;

/** How often a commitment in the plan happens, with the words the printed plan uses. */
public enum Frequency {
    WEEKLY("every week"),
    FORTNIGHTLY("every two weeks"),
    MONTHLY("every month"),
    EVERY_FEW_MONTHS("every few months"),
    TWICE_A_YEAR("twice a year"),
    YEARLY("once a year"),
    BIRTHDAYS_AND_FESTIVALS("on birthdays and special days"),
    ONCE("once");

    private final String words;

    Frequency(String words) {
        this.words = words;
    }

    String words() {
        return words;
    }
}
