package dev.clvops.training.features;

import dev.clvops.platform.testing.TestDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/** Loads test orders straight into the orders table with COPY (independent of the ingestion job). */
final class OrderFixture {

    static final Path CDNOW_SAMPLE = Path.of(System.getProperty("clvops.shared", "../../shared") + "/data/cdnow/CDNOW_sample.txt");

    private OrderFixture() {
    }

    /**
     * Loads orders given as CSV lines {@code order_id,customer_id,order_date,order_value,category,channel,
     * acquisition_source,country} (empty = null).
     */
    static void orders(List<String> lines) {
        copy("COPY orders (order_id, customer_id, order_date, order_value, category, channel, acquisition_source, "
                + "country, run_id) FROM STDIN (FORMAT csv)", lines);
    }

    /** Loads returns given as CSV lines {@code return_id,customer_id,return_date,return_value}. */
    static void returns(List<String> lines) {
        copy("COPY order_returns (return_id, customer_id, return_date, return_value, run_id) FROM STDIN (FORMAT csv)",
                lines);
    }

    /** Loads the CDNOW sample: customer id = master id without leading zeros, one order per line. */
    static void cdnowSample() throws IOException {
        List<String> lines = Files.readAllLines(CDNOW_SAMPLE).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        orders(java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> {
            String[] f = lines.get(i).split("\\s+");
            String date = f[2].substring(0, 4) + "-" + f[2].substring(4, 6) + "-" + f[2].substring(6);
            return "cdnow-" + i + "," + Integer.parseInt(f[0]) + "," + date + "," + f[4] + ",,,,";
        }).toList());
    }

    private static void copy(String sql, List<String> lines) {
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            long run = runId(c);
            StringBuilder data = new StringBuilder();
            lines.forEach(line -> data.append(line).append(',').append(run).append('\n'));
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot load test fixture", e);
        }
    }

    private static long runId(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("""
                INSERT INTO ingest_runs (file_name, file_sha256, file_bytes, format, status)
                VALUES ('fixture', 'fixture', 0, 'fixture', 'COMPLETED') RETURNING run_id""")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
