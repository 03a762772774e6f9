package dev.clvops.training.features;

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

    private final CopyIn copy;
    private final byte[] prefix;
    private final MessageDigest digest;
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

    /** Prefix of every row's COPY line: the snapshot id column. */
    byte[] prefix() {
        return prefix.clone();
    }

    /** Sends rows encoded with {@link #prefix()}, in order, and adds their lines to the checksum. */
    void write(EncodedRows encoded) throws SQLException {
        for (int i = 0; i < encoded.rows(); i++) {
            digest.update(encoded.bytes(), encoded.lineStart(i), encoded.lineEnd(i) - encoded.lineStart(i));
        }
        copy.writeToCopy(encoded.bytes(), 0, encoded.length());
        rows += encoded.rows();
    }

    long rows() {
        return rows;
    }

    /** Ends the COPY and returns the hex checksum. */
    String finish() throws SQLException {
        copy.endCopy();
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
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
