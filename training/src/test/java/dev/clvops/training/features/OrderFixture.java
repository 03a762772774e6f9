package dev.clvops.training.features;

import dev.clvops.platform.testing.TestDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
        copy("COPY fixture_orders FROM STDIN (FORMAT csv)", lines, """
                CREATE TEMP TABLE fixture_orders (order_id text, customer_id text, order_date date,
                    order_value numeric(14, 2), category text, channel text, acquisition_source text, country text,
                    run_id bigint) ON COMMIT DROP""", """
                INSERT INTO order_attributes (attributes_id, category, channel, acquisition_source, country)
                SELECT (SELECT coalesce(max(attributes_id), 0) FROM order_attributes) + row_number() OVER (), n.*
                FROM (SELECT category, channel, acquisition_source, country FROM fixture_orders
                      WHERE num_nonnulls(category, channel, acquisition_source, country) > 0
                      EXCEPT SELECT category, channel, acquisition_source, country FROM order_attributes
                      WHERE campaign IS NULL AND currency IS NULL) n;
                INSERT INTO orders (order_id, customer_id, order_date, order_value, attributes_id, run_id)
                SELECT f.order_id, f.customer_id, f.order_date, f.order_value, a.attributes_id, f.run_id
                FROM fixture_orders f LEFT JOIN order_attributes a
                    ON (a.category, a.channel, a.acquisition_source, a.country, a.campaign, a.currency)
                       IS NOT DISTINCT FROM (f.category, f.channel, f.acquisition_source, f.country, NULL, NULL)""");
    }

    /** Loads returns given as CSV lines {@code return_id,customer_id,return_date,return_value}. */
    static void returns(List<String> lines) {
        copy("COPY order_returns (return_id, customer_id, return_date, return_value, run_id) FROM STDIN (FORMAT csv)",
                lines, null, null);
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

    /** COPYs the lines (with a new run id appended) after {@code before}, then runs {@code after}, in one transaction. */
    private static void copy(String sql, List<String> lines, @Nullable String before, @Nullable String after) {
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long run = runId(c);
            StringBuilder data = new StringBuilder();
            lines.forEach(line -> data.append(line).append(',').append(run).append('\n'));
            try (var s = c.createStatement()) {
                if (before != null) {
                    s.execute(before);
                }
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
                if (after != null) {
                    s.execute(after);
                }
            }
            c.commit();
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
