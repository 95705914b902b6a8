package org.lifelonglinks.report;

/** The four outcome rates, each with the definition printed beside it. */
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
                    + "ratings count as not increased.");

    private final String measure;
    private final String definition;

    Outcome(String measure, String definition) {
        this.measure = measure;
        this.definition = definition;
    }

    String measure() {
        return measure;
    }

    String definition() {
        return definition;
    }
}
