package dev.clvops.training.features;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads PostgreSQL COPY text output (tab separated, {@code \N} for null, backslash escapes) line by line without
 * allocating per field, so millions of orders parse fast.
 */
final class CopyTextReader {

    private final InputStream in;
    private final int[] starts;
    private final int[] ends;
    private byte[] buffer = new byte[1 << 20];
    private int position;
    private int limit;
    private boolean eof;

    CopyTextReader(InputStream in, int columns) {
        this.in = in;
        this.starts = new int[columns];
        this.ends = new int[columns];
    }

    /** Moves to the next line; false at the end of the output. */
    boolean next() {
        int newline = findNewline();
        if (newline < 0) {
            return false;
        }
        int field = 0;
        starts[0] = position;
        for (int i = position; i < newline; i++) {
            if (buffer[i] == '\t') {
                if (field == starts.length - 1) {
                    throw wrongColumns(newline);
                }
                ends[field++] = i;
                starts[field] = i + 1;
            }
        }
        ends[field] = newline;
        if (field != starts.length - 1) {
            throw wrongColumns(newline);
        }
        position = newline + 1;
        return true;
    }

    boolean isNull(int field) {
        return ends[field] - starts[field] == 2 && buffer[starts[field]] == '\\' && buffer[starts[field] + 1] == 'N';
    }

    /** The id of the field's raw bytes in {@code interner}, added when new. */
    int intern(int field, ByteInterner interner) {
        return interner.intern(buffer, starts[field], ends[field] - starts[field]);
    }

    /** The id of the field's raw bytes in {@code interner}, or -1 when unknown. */
    int find(int field, ByteInterner interner) {
        return interner.find(buffer, starts[field], ends[field] - starts[field]);
    }

    /** A non-negative integer of at most nine digits (an id). */
    int integer(int field) {
        int s = starts[field];
        int length = ends[field] - s;
        boolean valid = length >= 1 && length <= 9;
        for (int i = s; valid && i < ends[field]; i++) {
            valid = buffer[i] >= '0' && buffer[i] <= '9';
        }
        if (!valid) {
            throw new IllegalStateException("not an id: " + string(field));
        }
        return digits(s, length);
    }

    /** A {@code yyyy-MM-dd} date as epoch day. */
    int epochDay(int field) {
        int s = starts[field];
        if (ends[field] - s != 10) {
            throw new IllegalStateException("not a yyyy-MM-dd date: " + string(field));
        }
        return (int) LocalDate.of(digits(s, 4), digits(s + 5, 2), digits(s + 8, 2)).toEpochDay();
    }

    /** A decimal with at most two fraction digits, in hundredths. */
    long cents(int field) {
        int i = starts[field];
        boolean negative = buffer[i] == '-';
        long units = 0;
        int scale = -1;
        for (i = negative ? i + 1 : i; i < ends[field]; i++) {
            if (buffer[i] == '.') {
                scale = 0;
            } else {
                units = units * 10 + (buffer[i] - '0');
                scale = scale >= 0 ? scale + 1 : -1;
            }
        }
        long cents = scale <= 0 ? units * 100 : scale == 1 ? units * 10 : units;
        if (scale > 2) {
            throw new IllegalStateException("more than two decimals: " + string(field));
        }
        return negative ? -cents : cents;
    }

    @Nullable String string(int field) {
        return isNull(field) ? null : CopyText.unescape(new String(buffer, starts[field], ends[field] - starts[field],
                StandardCharsets.UTF_8));
    }

    private int digits(int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (buffer[i] - '0');
        }
        return value;
    }

    private int findNewline() {
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            if (eof) {
                return -1;
            }
            scanned = limit - position;
            fill();
        }
    }

    private void fill() {
        int remaining = limit - position;
        if (remaining > buffer.length / 2) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        System.arraycopy(buffer, position, buffer, 0, remaining);
        position = 0;
        limit = remaining;
        try {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read COPY output", e);
        }
    }

    private IllegalStateException wrongColumns(int end) {
        return new IllegalStateException("expected " + starts.length + " columns in COPY output line: "
                + new String(buffer, position, end - position, StandardCharsets.UTF_8));
    }
}
