package org.lifelonglinks.tracing;

import java.util.List;
import java.util.Optional;
import org.lifelonglinks.network.PossibleDuplicate.Strength;

/**
 * Whether someone already recorded is worth a duplicate warning, and how strong a match they are. A shared
 * surname is common within a family, so it is never enough: the given names must agree (exactly, as a nickname or
 * other form, as a near spelling or by sound, as the matcher understands them) and so must something else that
 * identifies a person, the surnames (current or former) or the full dates of birth, and the evidence together must
 * reach {@code possibleScore}. A possible duplicate is a strong match from {@code strongScore} when nothing about
 * names, birth or sex disagrees; a different town or postcode does not stop it, because people move.
 *
 * @param possibleScore the least score to be shown at all
 * @param strongScore   the least score to be called strong
 */
record DuplicateRule(double possibleScore, double strongScore) {

    /** A full date of birth that agrees, or differs by one slip of the keyboard, identifies a person on its own. */
    static final double DATE_OF_BIRTH_AGREES = DateMatcher.ONE_DIGIT;

    DuplicateRule {
        if (strongScore < possibleScore) {
            throw new IllegalArgumentException("strongScore must not be below possibleScore");
        }
    }

    /** The strength of the match, or empty when it is not a possible duplicate. */
    Optional<Strength> judge(List<Evidence> evidence) {
        boolean givenNameAgrees = agrees(evidence, Evidence.About.GIVEN_NAME);
        boolean surnameAgrees = agrees(evidence, Evidence.About.SURNAME);
        boolean dateOfBirthAgrees = evidence.stream()
                .anyMatch(item -> item.about() == Evidence.About.BIRTH && item.weight() >= DATE_OF_BIRTH_AGREES);
        double score = evidence.stream().mapToDouble(Evidence::weight).sum();
        if (!givenNameAgrees || !(surnameAgrees || dateOfBirthAgrees) || score < possibleScore) {
            return Optional.empty();
        }
        boolean disagreement = evidence.stream()
                .anyMatch(item -> item.isAgainst() && item.about() != Evidence.About.PLACE);
        return Optional.of(score >= strongScore && !disagreement ? Strength.STRONG : Strength.POSSIBLE);
    }

    private static boolean agrees(List<Evidence> evidence, Evidence.About about) {
        return evidence.stream().anyMatch(item -> item.about() == about && item.isFor());
    }
}
