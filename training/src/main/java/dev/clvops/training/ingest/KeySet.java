package dev.clvops.training.ingest;

import java.util.Arrays;

/**
 * A set of byte-string keys (order ids, customer ids) for one run, in an open-addressing table over one byte arena:
 * no object per key, about 30 bytes per key instead of about 100 for a {@code HashSet<String>}. Each key gets an
 * ordinal in insertion order, which callers use to keep a flag per key.
 */
final class KeySet {

    private byte[] arena;
    private int arenaSize;
    private int[] slots; // ordinal + 1 per slot; 0 is free
    private int[] hashes;
    private int[] starts;
    private int size;

    /** A set sized for about {@code expected} keys of about 16 bytes; it grows past that. */
    KeySet(int expected) {
        this.arena = new byte[Math.max(1 << 10, expected * 16)];
        this.starts = new int[Math.max(16, expected + 1)];
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.hashes = new int[capacity];
    }

    int size() {
        return size;
    }

    /** Adds {@code key[from, to)}; returns its ordinal when it is new, or {@code -1 - ordinal} when present. */
    int add(byte[] key, int from, int to) {
        int hash = hash(key, from, to);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                int ordinal = store(key, from, to);
                slots[slot] = ordinal + 1;
                hashes[slot] = hash;
                if (size * 2 > slots.length) {
                    rehash();
                }
                return ordinal;
            }
            if (hashes[slot] == hash && equal(entry - 1, key, from, to)) {
                return -entry;
            }
        }
    }

    private int store(byte[] key, int from, int to) {
        int length = to - from;
        if (arenaSize + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
        }
        if (size + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        System.arraycopy(key, from, arena, arenaSize, length);
        starts[size] = arenaSize;
        arenaSize += length;
        starts[size + 1] = arenaSize;
        return size++;
    }

    private boolean equal(int ordinal, byte[] key, int from, int to) {
        int start = starts[ordinal];
        return Arrays.equals(arena, start, starts[ordinal + 1], key, from, to);
    }

    private void rehash() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                int slot = oldHashes[i] & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private static int hash(byte[] key, int from, int to) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = from; i < to; i++) {
            h = (h ^ key[i]) * 0x100000001B3L;
        }
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ h >>> 32);
    }
}
