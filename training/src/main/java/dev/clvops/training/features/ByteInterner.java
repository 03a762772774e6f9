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
        int slot = hash(bytes, from, length) & mask;
        while (slots[slot] >= 0 && !matches(slots[slot], bytes, from, length)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean matches(int id, byte[] bytes, int from, int length) {
        int start = offsets[id];
        return offsets[id + 1] - start == length
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
        }
        offsets[size + 1] = arenaSize;
    }

    private void rehash() {
        slots = filled(slots.length * 2);
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hash(arena, offsets[id], offsets[id + 1] - offsets[id]) & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
        }
    }

    private static int hash(byte[] bytes, int from, int length) {
        int h = 1;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

    private static int[] filled(int length) {
        int[] slots = new int[length];
        Arrays.fill(slots, -1);
        return slots;
    }
}
