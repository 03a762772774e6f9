package dev.clvops.training.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The fast lane for {@code orders} files: parses one line straight from the source bytes into an {@link OrderRow},
 * without strings. It accepts only lines whose every value is unambiguous (no control characters, quotes only around
 * whole fields and never inside them, no padding, {@code yyyy-MM-dd} dates in range, plain amounts with at most two
 * decimals, ages in 0..120) and declines everything else, which {@link OrdersRowMapper} then accepts or rejects with
 * its reason. So both lanes agree on every line the fast lane takes (checked by {@code OrdersLineParserTests}).
 *
 * <p>Text may hold non-ASCII characters when the file is UTF-8 (which {@link FileFingerprint} checked for the whole
 * file, so the bytes are what the generic lane would encode again); a value that starts or ends with one is declined,
 * since the generic lane strips Unicode white space such as U+3000 there. A Latin-1 file's non-ASCII bytes need
 * transcoding, so its lines with them take the generic lane.
 */
final class OrdersLineParser {

    private static final long EARLIEST = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long LIMIT = 1_000_000_000_000L; // |order_value| < 1e10, in hundredths

    private final byte delimiter;
    private final int columns;
    private final OrderRow.Text[] texts;
    private final int date;
    private final int value;
    private final int age;
    private final long latest;
    private final boolean utf8;

    OrdersLineParser(SourceLayout layout, LocalDate today) {
        this.delimiter = (byte) layout.delimiter();
        this.columns = layout.columnCount();
        this.texts = new OrderRow.Text[columns];
        place(layout, "user_id", OrderRow.Text.CUSTOMER_ID);
        place(layout, "order_id", OrderRow.Text.ORDER_ID);
        OrdersRowMapper.OPTIONAL.forEach((name, column) -> place(layout, name, OrderRow.Text.of(column)));
        this.date = layout.index("order_date");
        this.value = layout.index("order_value");
        this.age = layout.index("age");
        this.latest = today.plusDays(1).toEpochDay();
        this.utf8 = layout.charset().equals(StandardCharsets.UTF_8);
    }

    private void place(SourceLayout layout, String name, OrderRow.Text text) {
        int index = layout.index(name);
        if (index >= 0) {
            texts[index] = text;
        }
    }

    /** Parses {@code line[from, to)} into {@code row}; false when the line needs the generic mapper. */
    boolean parse(byte[] line, int from, int to, OrderRow row) {
        for (OrderRow.Text text : OrderRow.Text.values()) {
            row.text(text, null, 0, 0);
        }
        row.age = OrderRow.NO_AGE;
        row.microOfDay = -1;
        int field = 0;
        for (int i = from; ; field++) {
            boolean quoted = i < to && line[i] == '"';
            int start = quoted ? i + 1 : i;
            int end = quoted ? closingQuote(line, start, to) : plainEnd(line, i, to);
            int next = quoted ? end + 1 : end;
            if (end < 0 || next < to && line[next] != delimiter || field >= columns
                    || !field(line, start, end, field, row)) {
                return false;
            }
            if (next >= to) {
                break;
            }
            i = next + 1;
        }
        return field + 1 == columns && row.has(OrderRow.Text.CUSTOMER_ID) && row.has(OrderRow.Text.ORDER_ID);
    }

    /** The end of an unquoted field starting at {@code from}, or -1 at a quote or a byte {@link #declines}. */
    private int plainEnd(byte[] line, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = line[i];
            if (c == delimiter) {
                return i;
            }
            if (c == '"' || declines(c)) {
                return -1;
            }
        }
        return to;
    }

    /** The closing quote of a quoted field whose text starts at {@code from}; -1 for doubled or missing quotes. */
    private int closingQuote(byte[] line, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = line[i];
            if (c == '"') {
                return i + 1 < to && line[i + 1] == '"' ? -1 : i;
            }
            if (declines(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** Control characters, and bytes from 0x80 (negative as bytes) unless the file is UTF-8. */
    private boolean declines(byte c) {
        return c < 0x20 && (c >= 0 || !utf8);
    }

    private boolean field(byte[] line, int from, int to, int index, OrderRow row) {
        if (from < to && (line[from] == ' ' || line[to - 1] == ' ' || line[from] < 0 || line[to - 1] < 0)) {
            return false; // padding, or a non-ASCII character at an end, which may be white space the generic lane strips
        }
        if (index == date) {
            return date(line, from, to, row);
        }
        if (index == value) {
            return amount(line, from, to, row);
        }
        if (index == age) {
            return age(line, from, to, row);
        }
        if (texts[index] != null && from < to) {
            row.text(texts[index], line, from, to);
        }
        return true;
    }

    private boolean date(byte[] line, int from, int to, OrderRow row) {
        row.epochDay = AsciiValues.isoDate(line, from, to);
        return row.epochDay != AsciiValues.INVALID && row.epochDay >= EARLIEST && row.epochDay <= latest;
    }

    private static boolean amount(byte[] line, int from, int to, OrderRow row) {
        if (to - from > 30) {
            return false; // Values.decimal takes at most 30 characters (e.g. long runs of leading zeros)
        }
        long hundredths = AsciiValues.hundredths(line, from, to);
        row.hundredths = Math.abs(hundredths);
        row.kind = hundredths < 0 ? RowKind.RETURN : RowKind.ORDER;
        return hundredths != AsciiValues.INVALID && row.hundredths < LIMIT;
    }

    private static boolean age(byte[] line, int from, int to, OrderRow row) {
        if (from == to) {
            return true;
        }
        int years = to - from <= 3 ? AsciiValues.digits(line, from, to) : -1;
        row.age = years;
        return years >= 0 && years <= 120;
    }
}
