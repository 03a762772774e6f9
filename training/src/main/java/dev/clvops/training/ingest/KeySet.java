package dev.clvops.training.ingest;

import java.util.Arrays;

/**
 * A set of byte-string keys (order ids, customer ids) for one run, in an open-addressing table over one byte arena:
 * no object per key, about 40 bytes per key instead of about 100 for a {@code HashSet<String>}. Each key gets an
 * ordinal in insertion order, which callers use to keep a flag per key.
 */
final class KeySet {

    private byte[] arena;
    private int arenaSize;
    private long[] slots; // per slot: hash in the high half, ordinal + 1 in the low half; 0 is free
    private int[] starts;
    private int size;
    private int last; // the ordinal of the key added or found last
    private int lastHash;

    /** A set sized for about {@code expected} keys of about 16 bytes; it grows past that. */
    KeySet(int expected) {
        this.arena = new byte[Math.max(1 << 10, expected * 16)];
        this.starts = new int[Math.max(16, expected + 1)];
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        this.slots = new long[capacity];
    }

    int size() {
        return size;
    }

    /** Adds {@code key[from, to)}; returns its ordinal when it is new, or {@code -1 - ordinal} when present. */
    int add(byte[] key, int from, int to) {
        return add(key, from, to, hash(key, from, to));
    }

    /** {@link #add(byte[], int, int)} of a key whose {@link #hash} is {@code hash}. */
    int add(byte[] key, int from, int to, int hash) {
        if (size > 0 && hash == lastHash && equal(last, key, from, to)) {
            return -1 - last; // rows of one customer often follow each other
        }
        lastHash = hash;
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                int ordinal = store(key, from, to);
                slots[slot] = (long) hash << 32 | (ordinal + 1);
                last = ordinal;
                if (size * 2 > slots.length) {
                    rehash();
                }
                return ordinal;
            }
            int ordinal = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && equal(ordinal, key, from, to)) {
                last = ordinal;
                return -1 - ordinal;
            }
        }
    }

    /**
     * Reads the table slot where a key of {@code hash} is looked up first and returns its content, which means
     * nothing. The table is far larger than the CPU caches, so a lookup waits for memory; touching the slots of a
     * batch of keys before adding them one by one lets the CPU fetch them all at once.
     */
    long touch(int hash) {
        return slots[hash & (slots.length - 1)];
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
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }

    /**
     * Eight bytes per multiply (a byte per multiply made this a quarter of the bulk lane's JVM time), then a mix. The
     * last one to seven bytes of a key of eight or more are read as the end of the word that ends with them.
     */
    static int hash(byte[] key, int from, int to) {
        int length = to - from;
        long h = 0x9E3779B97F4A7C15L ^ length;
        int i = from;
        for (; i + WordScan.BYTES <= to; i += WordScan.BYTES) {
            h = mix(h, WordScan.word(key, i));
        }
        int rest = to - i;
        if (rest > 0 && length >= WordScan.BYTES) {
            h = mix(h, WordScan.word(key, to - WordScan.BYTES) >>> (Byte.SIZE * (WordScan.BYTES - rest)));
        } else {
            for (; i < to; i++) {
                h = (h ^ (key[i] & 0xFF)) * 0x100000001B3L;
            }
        }
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ h >>> 32);
    }

    private static long mix(long h, long word) {
        long m = (h ^ word) * 0xBF58476D1CE4E5B9L;
        return m ^ m >>> 31;
    }
}
