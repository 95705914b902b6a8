package org.lifelonglinks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionTests {

    private final Suppression suppression = new Suppression(5);

    @Test
    void countsFromOneToTheThresholdAreHiddenButZeroAndSixAreShown() {
        int[] sizes = {20, 20, 20, 20};
        assertThat(suppression.suppressedCounts(sizes, new int[] {0, 6, 10, 1}, Set.of()))
                .contains(3).doesNotContain(0);
        assertThat(suppression.suppressedCounts(sizes, new int[] {0, 6, 10, 12}, Set.of())).isEmpty();
    }

    @Test
    void aCountLeavingFewWithoutTheOutcomeIsHiddenToo() {
        assertThat(suppression.suppressedCounts(new int[] {20, 20, 20}, new int[] {17, 10, 10}, Set.of()))
                .contains(0);
    }

    @Test
    void aSingleHiddenCellTakesTheNextSmallestNonZeroCellWithIt() {
        var hidden = suppression.suppressedCounts(new int[] {30, 30, 30, 30}, new int[] {3, 0, 12, 8}, Set.of());
        assertThat(hidden).containsExactlyInAnyOrder(0, 3);
    }

    @Test
    void anEmptyGroupCannotProtectAHiddenCell() {
        var hidden = suppression.suppressedCounts(new int[] {10, 0, 0}, new int[] {6, 0, 0}, Set.of());
        assertThat(hidden).containsExactly(0);
    }

    @Test
    void twoHiddenCellsNeedNoMore() {
        var hidden = suppression.suppressedCounts(new int[] {30, 30, 30}, new int[] {3, 4, 12}, Set.of());
        assertThat(hidden).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void smallGroupsAreHiddenWholeAndProtectedByAnother() {
        assertThat(suppression.hiddenGroups(new int[] {3, 0, 40, 12})).containsExactlyInAnyOrder(0, 3);
        assertThat(suppression.hiddenGroups(new int[] {3, 2, 40})).containsExactlyInAnyOrder(0, 1);
        assertThat(suppression.hiddenGroups(new int[] {0, 40, 12})).isEmpty();
    }

    @Test
    void countsInAHiddenGroupAreUnknownAndCountTowardsProtection() {
        var hiddenGroups = suppression.hiddenGroups(new int[] {3, 20, 30});
        assertThat(hiddenGroups).containsExactlyInAnyOrder(0, 1);
        assertThat(suppression.suppressedCounts(new int[] {3, 20, 30}, new int[] {0, 10, 15}, hiddenGroups))
                .containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void theThresholdIsASetting() {
        var strict = new Suppression(10);
        assertThat(strict.suppressedCounts(new int[] {40, 40, 40}, new int[] {8, 20, 20}, Set.of()))
                .containsExactlyInAnyOrder(0, 1);
        var none = new Suppression(0);
        assertThat(none.suppressedCounts(new int[] {40, 40, 40}, new int[] {1, 20, 20}, Set.of())).isEmpty();
    }
}
