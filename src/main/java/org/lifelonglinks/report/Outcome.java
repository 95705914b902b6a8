package org.lifelonglinks.report;

/**
 * The outcome rates, each with the definition printed beside it. The first four are over the whole cohort; the
 * follow-up rates ({@link #followUpMonths()}) only over the young people whose follow-up is due and recorded.
 */
enum Outcome {
    NEW_DIRECT_CONTACT_WITH_SUPPORTIVE_ADULT("newDirectContactWithSupportiveAdult",
            "Young people with direct contact (a call, messages, meeting up, a family event, a holiday or an overnight "
                    + "stay) recorded since referral with at least one supportive adult they were not in regular or "
                    + "occasional contact with at referral. A supportive adult is 18 or over on the day of the "
                    + "contact (by date of birth, or by year of birth), is not a professional and is not under a "
                    + "do-not-contact decision; a former carer whose age is not recorded counts as an adult."),
    RELATIONSHIP_REPAIRED("relationshipRepaired",
            "Young people with at least one relationship that had lost touch or broken down at referral and has "
                    + "direct contact recorded since referral (family, former foster carers and anyone else)."),
    OVERNIGHT_STAYS("overnightStays",
            "Young people with at least one overnight stay recorded since referral with a family member or "
                    + "supportive adult, where none was happening at referral (as recorded in the referral review)."),
    INCREASED_FAMILY_KNOWLEDGE("increasedFamilyKnowledge",
            "Young people whose latest plan-review rating (1-5) of how much they know about their family history "
                    + "and where they come from is higher than their rating at referral. Young people without both "
                    + "ratings count as not increased."),
    CONTACT_STILL_HAPPENING_AT_6_MONTHS("contactStillHappeningAt6Months", followUpDefinition(6), 6),
    CONTACT_STILL_HAPPENING_AT_12_MONTHS("contactStillHappeningAt12Months", followUpDefinition(12), 12);

    private final String measure;
    private final String definition;
    private final Integer followUpMonths;

    Outcome(String measure, String definition) {
        this(measure, definition, null);
    }

    Outcome(String measure, String definition, Integer followUpMonths) {
        this.measure = measure;
        this.definition = definition;
        this.followUpMonths = followUpMonths;
    }

    private static String followUpDefinition(int months) {
        return "Of the young people in the cohort whose meeting was at least " + months + " months before the end "
                + "of the period and whose " + months + "-month follow-up is recorded on or before that day, those "
                + "for whom contact under at least one commitment of the plan was still happening (yes or "
                + "sometimes) at the follow-up. The denominator is those young people only: a meeting too recent "
                + "for the follow-up, or a follow-up not recorded, counts neither way.";
    }

    /** For a follow-up outcome, the months after the meeting; null for an outcome over the whole cohort. */
    Integer followUpMonths() {
        return followUpMonths;
    }

    String measure() {
        return measure;
    }

    String definition() {
        return definition;
    }
}
