package dev.clvops.training.features;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a snapshot as RFC 4180 CSV (UTF-8, LF). Header: {@code customer_id,frequency,recency,T,monetary_value}
 * then the other columns of {@code customer_features}; recency and T are in the requested unit, every other
 * duration stays in days (its name ends in {@code _days}). Numbers use '.' and full precision: integers as
 * integers, decimals as the shortest plain (never exponent) text that reads back to the same double, e.g.
 * {@code 12.5}, {@code 30.0}, {@code 4.428571428571429}. Missing values (null) are empty fields.
 */
@Component
class SnapshotCsvExporter {

    static final List<String> HEADER = List.of("customer_id", "frequency", "recency", "T", "monetary_value",
            "total_spend", "net_spend", "order_count", "avg_order_value", "days_since_last", "tenure_days",
            "ipt_mean_days", "ipt_std_days", "orders_30d", "orders_90d", "orders_180d", "spend_30d", "spend_90d",
            "spend_180d", "distinct_categories", "return_rate", "first_order_value", "first_order_date", "channel",
            "acquisition_source", "country", "future_value", "future_orders");

    private final SnapshotRows rows;

    SnapshotCsvExporter(SnapshotRows rows) {
        this.rows = rows;
    }

    long export(SnapshotId id, Path target, TimeUnit unit) {
        long[] written = {0};
        try (BufferedWriter out = Files.newBufferedWriter(target)) {
            out.write(String.join(",", HEADER) + "\n");
            rows.forEach(id, rs -> {
                write(out, line(rs, unit));
                written[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + target, e.getCause());
        }
        return written[0];
    }

    private static void write(BufferedWriter out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(ResultSet rs, TimeUnit unit) throws SQLException {
        StringBuilder line = new StringBuilder(256);
        for (int column = 1; column <= HEADER.size(); column++) {
            Object value = rs.getObject(column);
            if (column == 3 || column == 4) {
                value = unit.fromDays(rs.getDouble(column));
            }
            line.append(column > 1 ? "," : "").append(format(value));
        }
        return line.append('\n').toString();
    }

    static String format(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Double d -> BigDecimal.valueOf(d).toPlainString();
            case String s when s.matches("(?s).*[,\"\\r\\n].*") -> '"' + s.replace("\"", "\"\"") + '"';
            default -> value.toString();
        };
    }
}
