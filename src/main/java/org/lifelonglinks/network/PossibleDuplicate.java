package org.lifelonglinks.network;

import java.util.List;

/**
 * Someone already recorded who may be the person being added, so the coordinator can connect them instead of
 * making a second copy.
 *
 * @param personId   the person already recorded
 * @param givenName  their given name
 * @param familyName their family name
 * @param birthYear  their (approximate) year of birth
 * @param town       their last known town
 * @param score      how strongly they match; higher is stronger
 * @param reasons    why they match, in plain words
 */
public record PossibleDuplicate(String personId, String givenName, String familyName, Integer birthYear,
        String town, double score, List<String> reasons) {
}
