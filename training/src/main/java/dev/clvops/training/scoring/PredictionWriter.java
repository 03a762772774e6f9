package dev.clvops.training.scoring;

import dev.clvops.platform.model.CustomerPrediction;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes predictions into {@code customer_predictions} with COPY FROM STDIN (text format), flushing every 256 KiB.
 * NaN (a figure the family does not have, e.g. P(alive) of the baseline) is written as NULL, except for the CLV,
 * which is required.
 */
final class PredictionWriter implements AutoCloseable {

    static final String COLUMNS = "scoring_run_id, customer_id, expected_purchases, p_alive, expected_spend, clv, "
            + "clv_p10, clv_p50, clv_p90, top_factors";
    private static final int FLUSH_BYTES = 1 << 18;

    private final CopyIn copy;
    private final String prefix;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES * 2);
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    PredictionWriter(Connection connection, long scoringRunId) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY customer_predictions (" + COLUMNS + ") FROM STDIN");
        this.prefix = scoringRunId + "\t";
    }

    void write(CustomerPrediction p, @Nullable String topFactorsJson) throws SQLException {
        line.setLength(0);
        line.append(prefix);
        escape(p.customerId());
        line.append('\t');
        number(p.expectedPurchases()).append('\t');
        number(p.probabilityAlive()).append('\t');
        number(p.expectedSpendPerOrder()).append('\t');
        line.append(p.clv()).append('\t');
        number(p.p10()).append('\t');
        number(p.p50()).append('\t');
        number(p.p90()).append('\t');
        if (topFactorsJson == null) {
            line.append("\\N");
        } else {
            escape(topFactorsJson);
        }
        buffer.writeBytes(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        rows++;
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    /** Ends the COPY; the rows become visible when the surrounding transaction commits. */
    void finish() throws SQLException {
        flush();
        copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private StringBuilder number(double value) {
        return Double.isNaN(value) ? line.append("\\N") : line.append(value);
    }

    /** COPY text escaping of backslash, tab and line breaks. */
    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        buffer.reset();
    }
}
