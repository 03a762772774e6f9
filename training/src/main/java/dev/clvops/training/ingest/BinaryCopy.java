package dev.clvops.training.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A growable buffer of rows in PostgreSQL's binary COPY format: per row a field count, per field a length and the
 * value in the type's send format. PostgreSQL then skips parsing dates and numbers from text.
 */
final class BinaryCopy {

    /** The 19 bytes every binary COPY stream starts with: signature, flags, header extension length. */
    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0,
        0, 0};
    /** The field count -1 that ends a binary COPY stream. */
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};

    private static final int POSTGRES_EPOCH_DAY = 10_957; // 2000-01-01
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private byte[] bytes;
    private int size;

    BinaryCopy(int capacity) {
        this.bytes = new byte[Math.max(capacity, 64)];
    }

    /** Empties the buffer for reuse, keeping its capacity. */
    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    void writeTo(java.io.OutputStream out) throws java.io.IOException {
        out.write(bytes, 0, size);
    }

    void sendTo(org.postgresql.copy.CopyIn copy) throws java.sql.SQLException {
        copy.writeToCopy(bytes, 0, size);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void startRow(int fields) {
        ensure(2);
        putShort(fields);
    }

    void putNull() {
        ensure(4);
        putInt(-1);
    }

    void putText(byte[] source, int offset, int length) {
        ensure(4 + length);
        putInt(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    /** A text value made of a constant prefix and a slice, e.g. a format-qualified order key. */
    void putText(byte[] prefix, byte[] source, int offset, int length) {
        ensure(4 + prefix.length + length);
        putInt(prefix.length + length);
        System.arraycopy(prefix, 0, bytes, size, prefix.length);
        System.arraycopy(source, offset, bytes, size + prefix.length, length);
        size += prefix.length + length;
    }

    /** Text from a Java string; NUL, which PostgreSQL text cannot hold, becomes a space as in COPY text. */
    void putText(@Nullable String value) {
        if (value == null) {
            putNull();
            return;
        }
        byte[] utf8 = (value.indexOf('\0') < 0 ? value : value.replace('\0', ' ')).getBytes(StandardCharsets.UTF_8);
        putText(utf8, 0, utf8.length);
    }

    void putInt4(int value) {
        ensure(8);
        putInt(4);
        putInt(value);
    }

    void putInt8(long value) {
        ensure(12);
        putInt(8);
        putLong(value);
    }

    /** A {@code date} given as days since 1970-01-01. */
    void putDate(long epochDay) {
        putInt4((int) (epochDay - POSTGRES_EPOCH_DAY));
    }

    /** A {@code timestamp} given as days since 1970-01-01 and microseconds into that day. */
    void putTimestamp(long epochDay, long microOfDay) {
        putInt8((epochDay - POSTGRES_EPOCH_DAY) * MICROS_PER_DAY + microOfDay);
    }

    /**
     * A {@code numeric} with scale 2 given in hundredths ({@code 11225} is 112.25): base-10000 digit groups, most
     * significant first, without leading or trailing zero groups.
     */
    void putMoney(long hundredths) {
        long magnitude = Math.abs(hundredths);
        if (magnitude >= 1_000_000_000_000L) {
            throw new IllegalArgumentException("amount out of range: " + hundredths + " hundredths");
        }
        long whole = magnitude / 100;
        int fraction = (int) (magnitude % 100) * 100;
        int[] groups = {(int) (whole / 100_000_000), (int) (whole / 10_000 % 10_000), (int) (whole % 10_000)};
        int first = firstNonZero(groups); // 3 when there is no integer part
        int last = fraction != 0 ? 2 : lastNonZero(groups); // trailing zero groups are left out
        int digits = Math.max(0, last - first + 1) + (fraction != 0 ? 1 : 0);
        ensure(12 + 2 * digits);
        putInt(8 + 2 * digits);
        putShort(digits);
        putShort(digits == 0 ? 0 : 2 - first); // weight: base-10000 groups before the point, minus one
        putShort(hundredths < 0 ? 0x4000 : 0);
        putShort(2);
        for (int g = first; g <= last; g++) {
            putShort(groups[g]);
        }
        if (fraction != 0) {
            putShort(fraction);
        }
    }

    private static int firstNonZero(int[] groups) {
        int i = 0;
        while (i < groups.length && groups[i] == 0) {
            i++;
        }
        return i;
    }

    private static int lastNonZero(int[] groups) {
        int i = groups.length - 1;
        while (i >= 0 && groups[i] == 0) {
            i--;
        }
        return i;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private void putShort(int value) {
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void putInt(int value) {
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }
}
