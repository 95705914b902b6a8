package org.lifelonglinks.report;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Statistical disclosure control for breakdowns, where groups are small enough to point at a child.
 * <ul>
 * <li>Primary: a group of 1 to {@code threshold} young people is hidden whole; a count from 1 to
 * {@code threshold}, or one that leaves 1 to {@code threshold} young people without the outcome, is shown as
 * "c". Zero stays 0: it reveals nothing about any one child.</li>
 * <li>Secondary: the headline totals are published, so if exactly one cell of a breakdown is hidden it could be
 * worked out by subtraction; the next smallest cell of a group with young people in it (non-zero where there is
 * one) is hidden too. Where every other group is empty no second cell can help: the headline is the cell.</li>
 * </ul>
 */
final class Suppression {

    private final int threshold;

    Suppression(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative");
        }
        this.threshold = threshold;
    }

    int threshold() {
        return threshold;
    }

    /** Which groups are hidden whole, given how many young people each holds. */
    Set<Integer> hiddenGroups(int[] groupSizes) {
        var hidden = new HashSet<Integer>();
        for (int i = 0; i < groupSizes.length; i++) {
            if (small(groupSizes[i])) {
                hidden.add(i);
            }
        }
        protectSingle(hidden, groupSizes, groupSizes);
        return hidden;
    }

    /** Which groups' counts are shown as "c", given the groups hidden whole. */
    Set<Integer> suppressedCounts(int[] groupSizes, int[] counts, Set<Integer> hiddenGroups) {
        var unknown = new HashSet<>(hiddenGroups);
        for (int i = 0; i < counts.length; i++) {
            if (small(counts[i]) || small(groupSizes[i] - counts[i])) {
                unknown.add(i);
            }
        }
        protectSingle(unknown, counts, groupSizes);
        return unknown;
    }

    private boolean small(int count) {
        return count >= 1 && count <= threshold;
    }

    /**
     * One unknown cell among known ones equals the total minus the rest: hide one more, from a group that has
     * young people in it (an empty group's zero is known from its size, so hiding it would protect nothing).
     */
    private static void protectSingle(Set<Integer> unknown, int[] values, int[] groupSizes) {
        if (unknown.size() != 1) {
            return;
        }
        IntStream.range(0, values.length)
                .filter(i -> !unknown.contains(i) && groupSizes[i] > 0)
                .boxed()
                .min(Comparator.comparing((Integer i) -> values[i] == 0).thenComparingInt(i -> values[i])
                        .thenComparingInt(i -> i))
                .ifPresent(unknown::add);
    }
}
