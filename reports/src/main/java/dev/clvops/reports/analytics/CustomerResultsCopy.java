package dev.clvops.reports.analytics;

import dev.clvops.reports.nextpurchase.NextPurchases;
import dev.clvops.reports.population.Population;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads per-customer results into {@code customer_analytics} with COPY (CSV), in {@link #STREAMS} parallel streams
 * over their own connections: formatting and index maintenance then use more than one core.
 */
final class CustomerResultsCopy {

    private static final String COPY = "COPY customer_analytics (run_id, customer_id, r_score, f_score, m_score,"
            + " rfm_code, segment, cluster, dbscan_cluster, ward_cluster, pca_x, pca_y, pca_z, persona, tier, clv,"
            + " p_alive, next_purchase_date, next_purchase_low, next_purchase_high, overdue, at_risk_probability)"
            + " FROM STDIN WITH (FORMAT csv)";

    private CustomerResultsCopy() {
    }

    static final int STREAMS = 2;

    static long copy(DataSource dataSource, long runId, AnalysisResult r) {
        int n = r.population().size();
        java.util.stream.IntStream.range(0, STREAMS).parallel()
                .forEach(s -> copy(dataSource, runId, r, (int) ((long) n * s / STREAMS),
                        (int) ((long) n * (s + 1) / STREAMS)));
        return n;
    }

    private static void copy(DataSource dataSource, long runId, AnalysisResult r, int from, int to) {
        try (Connection connection = dataSource.getConnection()) {
            copy(connection.unwrap(PGConnection.class), runId, r, from, to);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy customer analytics of run " + runId, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy customer analytics of run " + runId, e);
        }
    }

    private static void copy(PGConnection pg, long runId, AnalysisResult r, int from, int to)
            throws SQLException, IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, COPY, 1 << 20),
                StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = from; i < to; i++) {
                out.write(row(runId, r, i));
            }
        }
    }

    private static String row(long runId, AnalysisResult r, int i) {
        Population p = r.population();
        double[][] pca = r.clustering().pca();
        NextPurchases next = r.nextPurchases();
        StringBuilder b = new StringBuilder(160).append(runId).append(',').append(quote(p.ids()[i])).append(',')
                .append(r.rfm().r()[i]).append(',').append(r.rfm().f()[i]).append(',').append(r.rfm().m()[i])
                .append(',').append(r.rfm().code(i)).append(',').append(quote(r.rfm().segments()[i].label()))
                .append(',').append(r.clustering().kmeans()[i]).append(',').append(r.clustering().dbscan()[i])
                .append(',').append(r.clustering().ward()[i]).append(',').append(pca[i][0]).append(',')
                .append(pca[i][1]).append(',').append(pca[i][2]).append(',').append(r.personas()[i].label())
                .append(',');
        if (r.tiers() != null) {
            b.append(r.tiers()[i].label()).append(',').append(p.requirePredictions().clv()[i]);
        } else {
            b.append(',');
        }
        b.append(',').append(number(p.hasPredictions() ? p.requirePredictions().pAlive()[i] : Double.NaN))
                .append(',').append(date(next.expected()[i])).append(',').append(date(next.low()[i])).append(',')
                .append(date(next.high()[i])).append(',').append(next.overdue()[i]).append(',')
                .append(number(r.atRisk() == null ? Double.NaN : r.atRisk()[i])).append('\n');
        return b.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String date(long epochDay) {
        return epochDay == NextPurchases.NONE ? "" : LocalDate.ofEpochDay(epochDay).toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
