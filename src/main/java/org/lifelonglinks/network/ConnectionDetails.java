package org.lifelonglinks.network;

import org.lifelonglinks.system.FieldProblems;

/**
 * What a person is to the young person, checked as a whole.
 *
 * @param relationship the relationship in words, e.g. "maternal aunt" or "Year 6 teacher"
 * @param category     what kind of person they are to the young person
 * @param wish         what the young person wants; null until asked
 * @param source       how the person was identified; null when not recorded
 * @param baseline     the contact situation at referral
 * @param hiddenFromYoungPerson whether the young person's own view leaves this person out (for example someone
 *                              the young person does not yet know about)
 */
public record ConnectionDetails(String relationship, Category category, Wish wish, Source source,
        Baseline baseline, boolean hiddenFromYoungPerson) {

    public ConnectionDetails {
        var problems = new FieldProblems();
        relationship = problems.check(Fields::required, "relationship", relationship);
        problems.required("category", category);
        problems.required("baseline", baseline);
        problems.throwIfAny();
    }
}
