package dev.clvops.training.features;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Gives byte strings dense ids 0, 1, 2... in order of first appearance (open addressing; keys stored in one
 * arena), so a million customer ids cost no per-row String. Keys of up to {@value #INLINE} bytes are also held whole
 * in the hash table next to their hash and id, so looking one up reads a single table entry (one cache miss rather
 * than one each for the entry, the key's offsets and its bytes).
 */
final class ByteInterner {

    private static final int INLINE = 7;
    /** The inline value of every longer key: compared in the arena. No short key packs to it (length byte 0xFF). */
    private static final long LONG_KEY = -1L;

    private byte[] arena = new byte[1 << 16];
    private int arenaSize;
    private int[] offsets = new int[1 << 10];
    /** Two longs per slot: the inline key, then hash << 32 | (id + 1); 0 marks an empty slot. */
    private long[] table = new long[2 << 11];
    private int size;

    int size() {
        return size;
    }

    int intern(byte[] bytes, int from, int length) {
        int hash = hash(bytes, from, length);
        long inline = inline(bytes, from, length);
        int slot = slotOf(bytes, from, length, hash, inline);
        if (table[slot + 1] != 0) {
            return (int) table[slot + 1] - 1;
        }
        store(bytes, from, length);
        table[slot] = inline;
        table[slot + 1] = ((long) hash << 32) | (size + 1L);
        size++;
        if (size * 4 > table.length) {
            rehash();
        }
        return size - 1;
    }

    int find(byte[] bytes, int from, int length) {
        int hash = hash(bytes, from, length);
        int slot = slotOf(bytes, from, length, hash, inline(bytes, from, length));
        return (int) table[slot + 1] - 1;
    }

    /** The key of {@code id}, decoded as UTF-8 and unescaped from COPY text. */
    String key(int id) {
        return CopyText.unescape(new String(arena, offsets[id], offsets[id + 1] - offsets[id], StandardCharsets.UTF_8));
    }

    /** Index in {@link #table} of the key's slot, or of the empty slot where it belongs. */
    private int slotOf(byte[] bytes, int from, int length, int hash, long inline) {
        int mask = table.length - 1;
        int slot = (hash << 1) & mask;
        while (true) {
            long entry = table[slot + 1];
            if (entry == 0 || (int) (entry >>> 32) == hash && table[slot] == inline
                    && (inline != LONG_KEY || matches((int) entry - 1, bytes, from, length))) {
                return slot;
            }
            slot = (slot + 2) & mask;
        }
    }

    private boolean matches(int id, byte[] bytes, int from, int length) {
        int start = offsets[id];
        return offsets[id + 1] - start == length && Arrays.equals(arena, start, start + length, bytes, from,
                from + length);
    }

    private void store(byte[] bytes, int from, int length) {
        if (arenaSize + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
        }
        System.arraycopy(bytes, from, arena, arenaSize, length);
        arenaSize += length;
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[size + 1] = arenaSize;
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (int s = 0; s < old.length; s += 2) {
            if (old[s + 1] != 0) {
                int slot = ((int) (old[s + 1] >>> 32) << 1) & mask;
                while (table[slot + 1] != 0) {
                    slot = (slot + 2) & mask;
                }
                table[slot] = old[s];
                table[slot + 1] = old[s + 1];
            }
        }
    }

    /** Length in the low byte, then the bytes; {@link #LONG_KEY} for keys longer than {@value #INLINE} bytes. */
    private static long inline(byte[] bytes, int from, int length) {
        if (length > INLINE) {
            return LONG_KEY;
        }
        long packed = length;
        for (int i = 0; i < length; i++) {
            packed |= (bytes[from + i] & 0xFFL) << (8 * (i + 1));
        }
        return packed;
    }

    /** Polynomial hash with the MurmurHash3 finalizer, so similar ids ("c1", "c2"...) spread over all slots. */
    private static int hash(byte[] bytes, int from, int length) {
        int h = 1;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + bytes[i];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
