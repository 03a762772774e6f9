package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

class BinaryCopyIT {

    private static final long[] MONEY = {0, 1, 50, 100, 10_000, 1_000_000, 1_000_050, 9_999_999_999L, 10_000_000_000L,
        123_456_789_012L, 999_999_999_999L, 100_000_000_000L, 1_000_000_000_00L, 12_345_600L, 100_000_001L, 10_001L};

    /** COPYs the rows {@code fill} writes into a fresh temporary table and returns each row's values as text. */
    private static List<String> copyAndRead(String columns, Consumer<BinaryCopy> fill) throws SQLException {
        BinaryCopy rows = new BinaryCopy(16);
        fill.accept(rows);
        try (Connection connection = TestDatabase.dataSource().getConnection();
             Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE copied (" + columns + ")");
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY copied FROM STDIN (FORMAT binary)");
            in.writeToCopy(BinaryCopy.HEADER, 0, BinaryCopy.HEADER.length);
            rows.sendTo(in);
            in.writeToCopy(BinaryCopy.TRAILER, 0, BinaryCopy.TRAILER.length);
            in.endCopy();
            List<String> read = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT copied::text FROM copied")) {
                while (rs.next()) {
                    read.add(rs.getString(1));
                }
            }
            return read;
        }
    }

    private static String money(long hundredths) {
        return java.math.BigDecimal.valueOf(hundredths, 2).toPlainString();
    }

    @Test
    void storesMoneyInHundredthsAsExactNumericsOfScaleTwo() throws SQLException {
        List<String> expected = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (long value : MONEY) {
            values.add(value);
            values.add(-value);
        }

        List<String> read = copyAndRead("plain numeric, fixed numeric(14,2)", rows -> {
            for (long value : values) {
                rows.startRow(2);
                rows.putMoney(value);
                rows.putMoney(value);
                expected.add("(" + money(value) + "," + money(value) + ")");
            }
        });

        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(read).contains("(0.01,0.01)", "(0.50,0.50)", "(10000.50,10000.50)", "(99999999.99,99999999.99)",
                "(1234567890.12,1234567890.12)", "(-9999999999.99,-9999999999.99)", "(0.00,0.00)");
    }

    @Test
    void refusesAmountsOfTenBillionOrMore() {
        BinaryCopy rows = new BinaryCopy(16);

        assertThatThrownBy(() -> rows.putMoney(1_000_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rows.putMoney(-1_000_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storesDatesTimestampsAndIntegers() throws SQLException {
        LocalDate[] dates = {LocalDate.of(1900, 1, 1), LocalDate.of(2000, 1, 1), LocalDate.of(2024, 2, 29),
            LocalDate.of(1999, 12, 31), LocalDate.of(1970, 1, 1)};
        LocalDateTime at = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000);

        List<String> read = copyAndRead("d date, ts timestamp, i int4, l int8", rows -> {
            for (LocalDate date : dates) {
                rows.startRow(4);
                rows.putDate(date.toEpochDay());
                rows.putTimestamp(date.toEpochDay(), 0);
                rows.putInt4(-7);
                rows.putInt8(Long.MAX_VALUE);
            }
            rows.startRow(4);
            rows.putDate(at.toLocalDate().toEpochDay());
            rows.putTimestamp(at.toLocalDate().toEpochDay(), at.toLocalTime().toNanoOfDay() / 1_000);
            rows.putInt4(Integer.MIN_VALUE);
            rows.putInt8(0);
        });

        assertThat(read).containsExactly(
                "(1900-01-01,\"1900-01-01 00:00:00\",-7,9223372036854775807)",
                "(2000-01-01,\"2000-01-01 00:00:00\",-7,9223372036854775807)",
                "(2024-02-29,\"2024-02-29 00:00:00\",-7,9223372036854775807)",
                "(1999-12-31,\"1999-12-31 00:00:00\",-7,9223372036854775807)",
                "(1970-01-01,\"1970-01-01 00:00:00\",-7,9223372036854775807)",
                "(2024-02-29,\"2024-02-29 13:45:30.123456\",-2147483648,0)");
    }

    @Test
    void storesTextSlicesPrefixesNullsAndNulAsASpace() throws SQLException {
        byte[] line = "u1,Köln,o7".getBytes(StandardCharsets.UTF_8);
        byte[] prefix = "orders:".getBytes(StandardCharsets.US_ASCII);

        List<String> read = copyAndRead("a text, b text", rows -> {
            rows.startRow(2);
            rows.putText(line, 3, 5);
            rows.putText(prefix, line, 9, 2);
            rows.startRow(2);
            rows.putText("nul\0inside");
            rows.putText((String) null);
            rows.startRow(2);
            rows.putNull();
            rows.putText("");
        });

        assertThat(read).containsExactly("(Köln,orders:o7)", "(\"nul inside\",)", "(,\"\")");
    }
}
