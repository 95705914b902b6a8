package org.lifelonglinks.tracing;

import java.util.Arrays;

/** Recall at 1 and 10, mean reciprocal rank and latency percentiles of one engine on one data set. */
final class RankingMetrics {

    private final int[] ranks;
    private final long[] nanos;
    private int size;

    RankingMetrics(int capacity) {
        ranks = new int[capacity];
        nanos = new long[capacity];
    }

    /** @param rank 1-based rank of the true match, or 0 if it was not returned */
    void add(int rank, long elapsedNanos) {
        ranks[size] = rank;
        nanos[size] = elapsedNanos;
        size++;
    }

    int queries() {
        return size;
    }

    double recallAt(int k) {
        int hits = 0;
        for (int i = 0; i < size; i++) {
            if (ranks[i] >= 1 && ranks[i] <= k) {
                hits++;
            }
        }
        return size == 0 ? 0 : (double) hits / size;
    }

    /** How many queries did not find the true match in the top {@code k}. */
    int missesAt(int k) {
        int misses = 0;
        for (int i = 0; i < size; i++) {
            if (ranks[i] < 1 || ranks[i] > k) {
                misses++;
            }
        }
        return misses;
    }

    double meanReciprocalRank() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            if (ranks[i] >= 1) {
                sum += 1.0 / ranks[i];
            }
        }
        return size == 0 ? 0 : sum / size;
    }

    double latencyMillis(double percentile) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1e6;
    }
}
