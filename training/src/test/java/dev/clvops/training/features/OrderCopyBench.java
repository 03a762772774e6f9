package dev.clvops.training.features;

import dev.clvops.platform.testing.TestDatabase;
import java.io.InputStream;
import java.sql.Connection;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/** Throwaway benchmark (a main): PostgreSQL CPU and bytes of COPY-out variants of the orders. Args: orders customers. */
final class OrderCopyBench {

    private OrderCopyBench() {
    }

    public static void main(String[] args) throws Exception {
        FeatureStoreBench.generate(Long.parseLong(args[0]), Integer.parseInt(args[1]));
        String cols = "customer_id, order_date, order_value, category, channel, acquisition_source, country";
        String where = " FROM orders WHERE order_date <= '2024-12-27'";
        String part = " AND (hashtext(customer_id) & 2147483647) % 2 = 0";
        String line = "concat(customer_id, E'\\t', order_date, E'\\t', order_value, E'\\t', category, E'\\t', "
                + "channel, E'\\t', acquisition_source, E'\\t', country)";
        String[][] variants = {
            {"text, all", "COPY (SELECT " + cols + where + ") TO STDOUT"},
            {"agg by hash 4096", "COPY (SELECT string_agg(" + line + ", E'\\n')" + where
                    + " GROUP BY hashtext(customer_id) & 4095) TO STDOUT (FORMAT binary)"},
            {"agg by block", "COPY (SELECT string_agg(" + line + ", E'\\n')" + where
                    + " GROUP BY (ctid::text::point)[0]) TO STDOUT (FORMAT binary)"},
        };
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            c.createStatement().execute("SET work_mem = '1GB'");
            for (int round = 0; round < 2; round++) {
                for (String[] v : variants) {
                    double pg0 = FeatureStoreBench.postgresCpuSeconds();
                    double jvm0 = jvm();
                    long t0 = System.nanoTime();
                    long bytes = 0;
                    byte[] buf = new byte[1 << 16];
                    try (InputStream in = new PGCopyInputStream(c.unwrap(PGConnection.class), v[1])) {
                        for (int n; (n = in.read(buf)) > 0; ) {
                            bytes += n;
                        }
                    }
                    System.out.printf(Locale.ROOT, "%-22s %6.2f s wall, jvm %5.2f s, postgres %5.2f s, %,d bytes%n", v[0],
                            (System.nanoTime() - t0) / 1e9, jvm() - jvm0, FeatureStoreBench.postgresCpuSeconds() - pg0, bytes);
                }
            }
        }
        System.exit(0);
    }

    private static double jvm() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }
}
