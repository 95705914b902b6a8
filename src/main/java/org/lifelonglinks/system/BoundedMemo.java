package org.lifelonglinks.system;

import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A bounded memo of a pure function: the answer computed for a key is kept for the next caller whose key is
 * <em>equal</em> ({@code equals}) to it, least recently used out first. There is no version number or digest to
 * trust: a hit needs the whole input to be equal, field by field, so an answer is never served for an input that
 * differs in anything (and a key without value equality, such as one holding an array, only ever misses: it fails
 * closed). The caller's duty is that the key holds <em>everything</em> the function reads, nothing else (no clock, no
 * user, no database) — then a hit is exactly what computing again would give.
 *
 * <p>Keys and answers are both held, up to {@code maxEntries} and a total {@code maxWeight} of the answers (each
 * weighed by {@code weigher}, for example its bytes). Two callers missing at once both compute; the last one's
 * answer stays.
 */
public final class BoundedMemo<K, V> {

    private final int maxEntries;
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;
    private long hits;
    private long misses;

    public BoundedMemo(int maxEntries, long maxWeight, ToLongFunction<V> weigher) {
        if (maxEntries < 0 || maxWeight < 0) {
            throw new IllegalArgumentException("a memo's bounds are not negative");
        }
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigher = Objects.requireNonNull(weigher, "weigher");
    }

    /** A memo of at most {@code maxEntries} answers, whatever their size. */
    public static <K, V> BoundedMemo<K, V> ofEntries(int maxEntries) {
        return new BoundedMemo<>(maxEntries, Long.MAX_VALUE, v -> 0);
    }

    /** The answer kept for a key equal to {@code key}, or {@code compute}'s answer for it (then kept). */
    public V get(K key, Function<? super K, ? extends V> compute) {
        Objects.requireNonNull(key, "key");
        synchronized (this) {
            V kept = entries.get(key);
            if (kept != null) {
                hits++;
                return kept;
            }
            misses++;
        }
        V answer = Objects.requireNonNull(compute.apply(key), "a memo keeps answers, not nulls");
        keep(key, answer);
        return answer;
    }

    private synchronized void keep(K key, V answer) {
        long weighs = weigher.applyAsLong(answer);
        if (maxEntries == 0 || weighs > maxWeight) {
            return;
        }
        V before = entries.put(key, answer);
        if (before != null) {
            weight -= weigher.applyAsLong(before);
        }
        weight += weighs;
        var oldest = entries.entrySet().iterator();
        while (entries.size() > maxEntries || weight > maxWeight) {
            weight -= weigher.applyAsLong(oldest.next().getValue());
            oldest.remove();
        }
    }

    /** How many answers are kept now. */
    public synchronized int size() {
        return entries.size();
    }

    /** Answers served from the memo, and computed, since the start. */
    public synchronized long[] hitsAndMisses() {
        return new long[] {hits, misses};
    }
}
