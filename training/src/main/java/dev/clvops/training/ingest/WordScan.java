package dev.clvops.training.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Looks for bytes eight at a time (one {@code long} per step, the "has a zero byte" test of Hacker's Delight 6-1), so
 * scans for line ends and quotes skip the plain text between them. The JDK has no search of a byte array for a byte.
 */
final class WordScan {

    static final int BYTES = Long.BYTES;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGHS = 0x8080_8080_8080_8080L;

    private WordScan() {
    }

    /** {@code b} in every byte of a word, for {@link #has}. */
    static long pattern(byte b) {
        return (b & 0xFFL) * ONES;
    }

    /** The eight bytes at {@code bytes[i, i + 8)}. */
    static long word(byte[] bytes, int i) {
        return (long) LONGS.get(bytes, i);
    }

    /** Whether some byte of {@code word} is the byte of {@code pattern}; never wrong, unlike the per-byte variant. */
    static boolean has(long word, long pattern) {
        long v = word ^ pattern;
        return ((v - ONES) & ~v & HIGHS) != 0;
    }

    /** Whether all eight bytes of {@code word} are ASCII. */
    static boolean ascii(long word) {
        return (word & HIGHS) == 0;
    }

    /** The index of the first {@code b} in {@code bytes[from, to)}, or {@code to}. */
    static int indexOf(byte[] bytes, int from, int to, byte b) {
        long pattern = pattern(b);
        int i = from;
        while (i + BYTES <= to && !has(word(bytes, i), pattern)) {
            i += BYTES;
        }
        while (i < to && bytes[i] != b) {
            i++;
        }
        return i;
    }
}
