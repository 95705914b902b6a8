package org.lifelonglinks.exchange;

import java.util.List;

/** A network as analysts receive it: no contact details, addresses, towns or postcodes. */
public record NetworkExport(YoungPersonNode youngPerson, List<PersonNode> people, List<KinTie> kinship) {

    public record YoungPersonNode(String id, String givenName, String area, int birthYear) {
    }

    public record PersonNode(String id, String givenName, String familyName, Integer birthYear, String sex,
            boolean deceased, String relationship, String category, String baseline, boolean hiddenFromYoungPerson,
            boolean doNotContact) {
    }

    /** "from is to's KIND". */
    public record KinTie(String from, String to, String kind, String qualifier) {
    }
}
