package dev.clvops.training.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The ids of {@code order_attributes} combinations (channel, category, acquisition source, campaign, country,
 * currency) for one bulk load: those stored before it, read in its transaction, and new ones numbered on from the
 * largest stored id, written to an {@code order_attributes} COPY as they first occur. Loads run one at a time (the
 * ingest lock), so no other writer numbers combinations meanwhile.
 */
final class AttributeIds {

    static final String COLUMNS = "attributes_id, channel, category, acquisition_source, campaign, country, currency";
    /** What {@link #id} returns for a row without any of the six values. */
    static final int NONE = -1;
    private static final OrderRow.Text[] TEXTS = {OrderRow.Text.CHANNEL, OrderRow.Text.CATEGORY,
        OrderRow.Text.ACQUISITION_SOURCE, OrderRow.Text.CAMPAIGN, OrderRow.Text.COUNTRY, OrderRow.Text.CURRENCY};

    private static final int ABSENT = 0xFF;
    private static final int LONG = 0xFE;

    private final KeySet combinations = new KeySet(256);
    private int[] ids = new int[256]; // per combination ordinal
    private int next = 1;
    private byte[] key = new byte[256];

    /** The combinations stored in the database of {@code connection}. */
    static AttributeIds stored(Connection connection) throws SQLException {
        AttributeIds known = new AttributeIds();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM order_attributes")) {
            OrderRow row = new OrderRow();
            while (rs.next()) {
                for (int i = 0; i < TEXTS.length; i++) {
                    String value = rs.getString(i + 2);
                    byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
                    row.text(TEXTS[i], bytes, 0, bytes == null ? 0 : bytes.length);
                }
                known.remember(row, rs.getInt(1));
            }
        }
        return known;
    }

    /** Combinations of a database without any. */
    static AttributeIds none() {
        return new AttributeIds();
    }

    /**
     * The id of {@code row}'s combination, or {@link #NONE} when it has none of the six values; a combination not
     * seen before gets the next id and is appended to {@code out} as an {@code order_attributes (COLUMNS)} row.
     */
    int id(OrderRow row, @Nullable BinaryCopy out) {
        int length = encode(row);
        if (length == 0) {
            return NONE;
        }
        int ordinal = combinations.add(key, 0, length);
        if (ordinal < 0) {
            return ids[-1 - ordinal];
        }
        int id = next++;
        store(ordinal, id);
        if (out != null) {
            out.startRow(1 + TEXTS.length);
            out.putInt4(id);
            for (OrderRow.Text text : TEXTS) {
                row.putText(out, text);
            }
        }
        return id;
    }

    private void remember(OrderRow row, int id) {
        int length = encode(row);
        int ordinal = combinations.add(key, 0, length);
        if (ordinal >= 0) {
            store(ordinal, id);
        }
        next = Math.max(next, id + 1);
    }

    private void store(int ordinal, int id) {
        if (ordinal >= ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        ids[ordinal] = id;
    }

    /**
     * Writes the six values into {@link #key} as one unambiguous byte string (per value its length, then its bytes;
     * the length takes one byte below {@link #LONG}, else {@code LONG} and four bytes; {@link #ABSENT} for none);
     * returns its length, or 0 when all six are absent. Short lengths keep the key short, and so its hash and compare.
     */
    private int encode(OrderRow row) {
        int size = 0;
        boolean any = false;
        for (OrderRow.Text text : TEXTS) {
            int i = text.ordinal();
            byte[] source = row.source[i];
            int length = source == null ? 0 : row.length[i];
            any |= source != null;
            if (size + 5 + length > key.length) {
                key = Arrays.copyOf(key, Math.max(key.length * 2, size + 5 + length));
            }
            if (source == null) {
                key[size++] = (byte) ABSENT;
                continue;
            }
            if (length < LONG) {
                key[size++] = (byte) length;
            } else {
                key[size] = (byte) LONG;
                key[size + 1] = (byte) (length >>> 24);
                key[size + 2] = (byte) (length >>> 16);
                key[size + 3] = (byte) (length >>> 8);
                key[size + 4] = (byte) length;
                size += 5;
            }
            System.arraycopy(source, row.offset[i], key, size, length);
            size += length;
        }
        return any ? size : 0;
    }
}
