package io.redress.screening.domain;

import java.util.Arrays;

/**
 * A set of {@code long} keys, each given a dense index (0, 1, 2, ... in the order the keys were first added), with no
 * object per key: open addressing with linear probing over primitive arrays. Callers keep what belongs to a key in
 * their own arrays at its index, and walk the keys in the order they came. {@link #clear()} is constant-time (a
 * generation stamp per slot), so one table serves one trace after another without being allocated again.
 * <p>
 * Not thread-safe: one trace at a time uses a table (the exposure trace takes its tables from a pool).
 */
final class LongTable {

    private long[] keys;
    private int[] stamp;
    private int[] slotIndex;
    private long[] byIndex;
    private int generation = 1;
    private int size;
    private int mask;

    LongTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        stamp = new int[capacity];
        slotIndex = new int[capacity];
        byIndex = new long[capacity / 2];
        mask = capacity - 1;
    }

    /** The key's index, added at the end (index {@link #size()} before the call) if it was not there. */
    int add(long key) {
        int slot = slotOf(key);
        if (stamp[slot] == generation) {
            return slotIndex[slot];
        }
        if (size == byIndex.length) {
            grow();
            slot = slotOf(key);
        }
        keys[slot] = key;
        stamp[slot] = generation;
        slotIndex[slot] = size;
        byIndex[size] = key;
        return size++;
    }

    /** The key's index, or -1. */
    int indexOf(long key) {
        int slot = slotOf(key);
        return stamp[slot] == generation ? slotIndex[slot] : -1;
    }

    /** The key at an index, {@code 0 <= index < size()}. */
    long key(int index) {
        return byIndex[index];
    }

    int size() {
        return size;
    }

    /** Room for this many keys before the arrays grow (the tables of a trace are let go when they grew large). */
    int capacity() {
        return byIndex.length;
    }

    void clear() {
        size = 0;
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            generation = 1;
        }
    }

    /** The slot holding the key, or the empty slot where it would go. */
    private int slotOf(long key) {
        int slot = mix(key) & mask;
        while (stamp[slot] == generation && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int capacity = keys.length * 2;
        keys = new long[capacity];
        stamp = new int[capacity];
        slotIndex = new int[capacity];
        byIndex = Arrays.copyOf(byIndex, capacity / 2);
        mask = capacity - 1;
        generation = 1;
        for (int i = 0; i < size; i++) {
            int slot = slotOf(byIndex[i]);
            keys[slot] = byIndex[i];
            stamp[slot] = generation;
            slotIndex[slot] = i;
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
