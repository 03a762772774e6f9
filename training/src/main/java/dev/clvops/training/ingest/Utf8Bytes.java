package dev.clvops.training.ingest;

/**
 * Checks bytes for well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, the rules
 * of the JDK's decoder) without decoding them. The JDK has only decoders, which write every character out: on a file
 * with non-ASCII bytes in some lines they made the fingerprint take 165 ms per 88 MB instead of 71 ms. ASCII runs are
 * skipped eight bytes at a time ({@link WordScan}).
 */
final class Utf8Bytes {

    /** What {@link #check} returns for bytes that are not UTF-8. */
    static final int INVALID = -1;

    private Utf8Bytes() {
    }

    /**
     * Checks {@code data[from, to)}: {@link #INVALID} when it holds a malformed sequence, otherwise where a sequence
     * cut off by {@code to} starts (so it can be checked again with the bytes that follow), or {@code to}.
     */
    static int check(byte[] data, int from, int to) {
        int i = from;
        while (i < to) {
            if (i + WordScan.BYTES <= to && WordScan.ascii(WordScan.word(data, i))) {
                i += WordScan.BYTES;
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
