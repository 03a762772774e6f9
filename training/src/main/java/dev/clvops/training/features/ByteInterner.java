package dev.clvops.training.features;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Gives byte strings dense ids 0, 1, 2... in order of first appearance (open addressing; keys stored in one
 * arena), so a million customer ids cost no per-row String.
 */
final class ByteInterner {

    private byte[] arena = new byte[1 << 16];
    private int arenaSize;
    private int[] offsets = new int[1 << 10];
    private int[] hashes = new int[1 << 10];
    private int[] slots = filled(1 << 11);
    private int size;

    int size() {
        return size;
    }

    int intern(byte[] bytes, int from, int length) {
        int slot = slotOf(bytes, from, length);
        if (slots[slot] >= 0) {
            return slots[slot];
        }
        store(bytes, from, length);
        slots[slot] = size++;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    int find(byte[] bytes, int from, int length) {
        return slots[slotOf(bytes, from, length)];
    }

    /** The key of {@code id}, decoded as UTF-8 and unescaped from COPY text. */
    String key(int id) {
        return CopyText.unescape(new String(arena, offsets[id], offsets[id + 1] - offsets[id], StandardCharsets.UTF_8));
    }

    private int slotOf(byte[] bytes, int from, int length) {
        int mask = slots.length - 1;
        int hash = hash(bytes, from, length);
        int slot = hash & mask;
        while (slots[slot] >= 0 && !matches(slots[slot], hash, bytes, from, length)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean matches(int id, int hash, byte[] bytes, int from, int length) {
        int start = offsets[id];
        return hashes[id] == hash && offsets[id + 1] - start == length
                && Arrays.equals(arena, start, start + length, bytes, from, from + length);
    }

    private void store(byte[] bytes, int from, int length) {
        if (arenaSize + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
        }
        System.arraycopy(bytes, from, arena, arenaSize, length);
        arenaSize += length;
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
            hashes = Arrays.copyOf(hashes, offsets.length);
        }
        offsets[size + 1] = arenaSize;
        hashes[size] = hash(bytes, from, length);
    }

    private void rehash() {
        slots = filled(slots.length * 2);
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
        }
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

    private static int[] filled(int length) {
        int[] slots = new int[length];
        Arrays.fill(slots, -1);
        return slots;
    }
}
