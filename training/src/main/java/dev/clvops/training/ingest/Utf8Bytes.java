package dev.clvops.training.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes for well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, the rules
 * of the JDK's decoder) without decoding them. The JDK has only decoders, which write every character out and made
 * the file fingerprint three times slower on text with some non-ASCII bytes; ASCII runs are skipped eight bytes at a
 * time.
 */
final class Utf8Bytes {

    /** What {@link #check} returns for bytes that are not UTF-8. */
    static final int INVALID = -1;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private Utf8Bytes() {
    }

    /**
     * Checks {@code data[from, to)}: {@link #INVALID} when it holds a malformed sequence, otherwise where a sequence
     * cut off by {@code to} starts (so it can be checked again with the bytes that follow), or {@code to}.
     */
    static int check(byte[] data, int from, int to) {
        int i = from;
        while (i < to) {
            if (i + Long.BYTES <= to && ((long) LONGS.get(data, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int lead = data[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 0) {
                return INVALID;
            }
            // the second byte's range depends on the lead byte; later ones are plain continuation bytes
            int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
            for (int k = 1; k < length; k++) {
                if (i + k >= to) {
                    return i;
                }
                int next = data[i + k] & 0xFF;
                if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
                    return INVALID;
                }
            }
            i += length;
        }
        return to;
    }
}
