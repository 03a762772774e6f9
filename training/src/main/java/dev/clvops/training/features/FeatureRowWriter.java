package dev.clvops.training.features;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes feature rows into {@code customer_features} with COPY FROM STDIN and computes the snapshot checksum:
 * SHA-256 over each row's COPY text line (without the snapshot id), in the order written. Doubles are written
 * with {@link Double#toString(double)}, the shortest text that reads back to the same value.
 */
final class FeatureRowWriter implements AutoCloseable {

    private static final int FLUSH_BYTES = 1 << 18;

    private final CopyIn copy;
    private final byte[] prefix;
    private final MessageDigest digest;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES * 2);
    private final StringBuilder line = new StringBuilder(512);
    private long rows;

    FeatureRowWriter(Connection connection, long snapshotId) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY customer_features (snapshot_id, " + FeatureRow.COLUMNS + ") FROM STDIN");
        this.prefix = (snapshotId + "\t").getBytes(StandardCharsets.UTF_8);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    void write(FeatureRow row) throws SQLException {
        line.setLength(0);
        format(row, line);
        byte[] bytes = line.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        digest.update(bytes);
        buffer.writeBytes(prefix);
        buffer.writeBytes(bytes);
        rows++;
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    /** Ends the COPY and returns the hex checksum. */
    String finish() throws SQLException {
        flush();
        copy.endCopy();
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        buffer.reset();
    }

    static void format(FeatureRow r, StringBuilder l) {
        CopyText.append(l, r.customerId());
        l.append('\t').append(r.frequency()).append('\t').append(r.recencyDays()).append('\t').append(r.tDays())
                .append('\t').append(r.monetaryValue()).append('\t').append(r.totalSpend())
                .append('\t').append(r.netSpend()).append('\t').append(r.orderCount())
                .append('\t').append(r.avgOrderValue()).append('\t').append(r.daysSinceLast())
                .append('\t').append(r.tenureDays()).append('\t');
        nullable(l, r.iptMeanDays()).append('\t');
        nullable(l, r.iptStdDays()).append('\t').append(r.orders30d()).append('\t').append(r.orders90d())
                .append('\t').append(r.orders180d()).append('\t').append(r.spend30d()).append('\t')
                .append(r.spend90d()).append('\t').append(r.spend180d()).append('\t').append(r.distinctCategories())
                .append('\t').append(r.returnRate()).append('\t').append(r.firstOrderValue())
                .append('\t').append(r.firstOrderDate()).append('\t');
        CopyText.append(l, r.channel());
        l.append('\t');
        CopyText.append(l, r.acquisitionSource());
        l.append('\t');
        CopyText.append(l, r.country());
        l.append('\t');
        nullable(l, r.futureValue()).append('\t');
        nullable(l, r.futureOrders());
    }

    private static StringBuilder nullable(StringBuilder l, @Nullable Object value) {
        return value == null ? l.append(CopyText.NULL) : l.append(value);
    }
}
