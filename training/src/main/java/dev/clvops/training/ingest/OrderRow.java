package dev.clvops.training.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One accepted order or return, reused from row to row: text values are slices of a byte array (the source block
 * itself for rows parsed in place), money in hundredths, dates as epoch days.
 */
final class OrderRow {

    /** The text columns an order row carries besides its keys, in {@link #text} order. */
    enum Text {
        ORDER_ID, CUSTOMER_ID, CHANNEL, CATEGORY, ACQUISITION_SOURCE, CAMPAIGN, COUNTRY, CURRENCY, GENDER, CITY;

        /** The text column holding a staged column's value. */
        static Text of(StagingColumn column) {
            for (Text text : values()) {
                if (STAGED[text.ordinal()] == column) {
                    return text;
                }
            }
            throw new IllegalArgumentException("no order row text for " + column);
        }
    }

    static final int NO_AGE = -1;
    static final String ORDERS_COLUMNS = "order_id, customer_id, order_date, order_ts, order_value, quantity, "
            + "attributes_id, run_id";
    static final String RETURNS_COLUMNS = "return_id, customer_id, return_date, return_value, quantity, run_id";
    static final String CUSTOMERS_COLUMNS = "customer_id, channel, acquisition_source, country, age, gender, city, "
            + "first_run_id";
    private static final Text[] CUSTOMER_TEXTS = {Text.CUSTOMER_ID, Text.CHANNEL, Text.ACQUISITION_SOURCE,
        Text.COUNTRY};

    private static final Text[] TEXTS = Text.values();
    private static final StagingColumn[] STAGED = {StagingColumn.ORDER_KEY, StagingColumn.CUSTOMER_ID,
        StagingColumn.CHANNEL, StagingColumn.CATEGORY, StagingColumn.ACQUISITION_SOURCE, StagingColumn.CAMPAIGN,
        StagingColumn.COUNTRY, StagingColumn.CURRENCY, StagingColumn.GENDER, StagingColumn.CITY};

    final byte[][] source = new byte[TEXTS.length][];
    final int[] offset = new int[TEXTS.length];
    final int[] length = new int[TEXTS.length];
    RowKind kind = RowKind.ORDER;
    long epochDay;
    long microOfDay = -1;
    long hundredths;
    int age = NO_AGE;

    void text(Text column, byte @Nullable [] bytes, int from, int to) {
        source[column.ordinal()] = bytes;
        offset[column.ordinal()] = from;
        length[column.ordinal()] = to - from;
    }

    boolean has(Text column) {
        return source[column.ordinal()] != null;
    }

    /** Adds the value, whose {@link #hash} is {@code hash}, to {@code keys}; returns what {@link KeySet#add} does. */
    int add(KeySet keys, Text column, int hash) {
        int i = column.ordinal();
        return keys.add(source[i], offset[i], offset[i] + length[i], hash);
    }

    /** The {@link KeySet#hash} of the value. */
    int hash(Text column) {
        int i = column.ordinal();
        return KeySet.hash(source[i], offset[i], offset[i] + length[i]);
    }

    void putText(BinaryCopy out, Text column) {
        int i = column.ordinal();
        if (source[i] == null) {
            out.putNull();
        } else {
            out.putText(source[i], offset[i], length[i]);
        }
    }

    void putKey(BinaryCopy out, byte[] prefix) {
        int i = Text.ORDER_ID.ordinal();
        out.putText(prefix, source[i], offset[i], length[i]);
    }

    /**
     * Appends the row to {@code orders (ORDERS_COLUMNS)}: the key carries the format's {@code prefix}, the channel,
     * category, ... are the {@code order_attributes} row {@code attributesId} ({@link AttributeIds#NONE}: none).
     */
    void putOrder(BinaryCopy out, byte[] prefix, int attributesId, long runId) {
        out.startRow(8);
        putKey(out, prefix);
        putText(out, Text.CUSTOMER_ID);
        out.putDate(epochDay);
        if (microOfDay < 0) {
            out.putNull();
        } else {
            out.putTimestamp(epochDay, microOfDay);
        }
        out.putMoney(hundredths);
        out.putNull(); // quantity: orders files have none
        if (attributesId == AttributeIds.NONE) {
            out.putNull();
        } else {
            out.putInt4(attributesId);
        }
        out.putInt8(runId);
    }

    /** Appends the row to {@code order_returns (RETURNS_COLUMNS)}. */
    void putReturn(BinaryCopy out, byte[] prefix, long runId) {
        out.startRow(6);
        putKey(out, prefix);
        putText(out, Text.CUSTOMER_ID);
        out.putDate(epochDay);
        out.putMoney(hundredths);
        out.putNull();
        out.putInt8(runId);
    }

    /** Appends the row's customer to {@code customers (CUSTOMERS_COLUMNS)}. */
    void putCustomer(BinaryCopy out, long runId) {
        out.startRow(8);
        for (Text text : CUSTOMER_TEXTS) {
            putText(out, text);
        }
        if (age == NO_AGE) {
            out.putNull();
        } else {
            out.putInt4(age);
        }
        putText(out, Text.GENDER);
        putText(out, Text.CITY);
        out.putInt8(runId);
    }

    /**
     * Takes over an accepted row of the generic mapper, whose order key carries {@code prefix}; values are the
     * mapper's canonical text (ISO dates, plain decimals with two places).
     */
    OrderRow from(StagedRow row, String prefix) {
        kind = row.kind();
        for (int i = 0; i < TEXTS.length; i++) {
            String value = row.get(STAGED[i]);
            if (value != null && i == Text.ORDER_ID.ordinal()) {
                value = value.substring(prefix.length());
            }
            byte[] bytes = value == null ? null : value.replace('\0', ' ').getBytes(StandardCharsets.UTF_8);
            text(TEXTS[i], bytes, 0, bytes == null ? 0 : bytes.length);
        }
        String ts = row.get(StagingColumn.ORDER_TS);
        LocalDateTime timestamp = ts == null ? null : LocalDateTime.parse(ts);
        epochDay = LocalDate.parse(row.get(StagingColumn.ORDER_DATE)).toEpochDay();
        microOfDay = timestamp == null ? -1 : timestamp.toLocalTime().toNanoOfDay() / 1_000;
        hundredths = new java.math.BigDecimal(row.get(StagingColumn.AMOUNT)).movePointRight(2).longValueExact();
        String customerAge = row.get(StagingColumn.AGE);
        age = customerAge == null ? NO_AGE : Integer.parseInt(customerAge);
        return this;
    }
}
