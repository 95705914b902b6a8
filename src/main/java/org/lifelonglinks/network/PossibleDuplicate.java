package org.lifelonglinks.network;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Someone already recorded who may be the person being added, so the coordinator can connect them instead of
 * making a second copy, or open their page when they are already in this young person's network.
 *
 * @param personId        the person already recorded
 * @param givenName       their given name
 * @param familyName      their family name
 * @param birthYear       their (approximate) year of birth
 * @param town            their last known town
 * @param strength        how strongly they match, in words
 * @param doNotContact    a standing do-not-contact decision about them: shown plainly, never a reason to hide them
 * @param inThisNetwork   whether they are already in this young person's network: then there is nothing to
 *                        connect, and the coordinator should open their page instead of adding a copy
 * @param evidenceFor     what agrees, in plain words, strongest first
 * @param evidenceAgainst what disagrees, in plain words, strongest first; empty when nothing does
 * @param score           the matcher's score behind {@code strength}, for other modules' thresholds (the GEDCOM
 *                        merge); not in the API answer, where a bare number would mean nothing to a coordinator
 */
public record PossibleDuplicate(String personId, String givenName, String familyName, Integer birthYear,
        String town, Strength strength, boolean doNotContact, boolean inThisNetwork, List<String> evidenceFor,
        List<String> evidenceAgainst, @JsonIgnore double score) {

    public PossibleDuplicate {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(strength, "strength");
        evidenceFor = List.copyOf(evidenceFor);
        evidenceAgainst = List.copyOf(evidenceAgainst);
    }

    /** How strongly someone already recorded matches the person being added. */
    public enum Strength {
        /** The names agree and so does everything else given about birth and sex: very likely the same person. */
        STRONG("strong"),
        /** Enough agrees to check before saving, but something is weak or disagrees. */
        POSSIBLE("possible");

        private final String words;

        Strength(String words) {
            this.words = words;
        }

        @JsonValue
        public String words() {
            return words;
        }
    }

    /** A copy marked as already in the young person's network. */
    PossibleDuplicate alreadyInThisNetwork() {
        return new PossibleDuplicate(personId, givenName, familyName, birthYear, town, strength, doNotContact, true,
                evidenceFor, evidenceAgainst, score);
    }
}
