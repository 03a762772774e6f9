package dev.clvops.reports.analytics;

import com.sun.management.OperatingSystemMXBean;
import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.testing.TestDatabase;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times one analytics refresh of N synthetic customers (default 1,000,000) with predictions, loaded by COPY into the
 * embedded test database. Run: {@code java -cp <test classpath> dev.clvops.reports.analytics.AnalyticsRefreshBenchmark
 * [customers]}. Prints wall-clock and JVM CPU time of the refresh and its phases (PostgreSQL CPU is not included).
 */
public final class AnalyticsRefreshBenchmark {

    private AnalyticsRefreshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        TestDatabase.truncateAll();
        JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
        long snapshot = jdbc.sql("INSERT INTO feature_snapshots (cutoff, horizon_days, feature_set_version, status)"
                + " VALUES (date '2025-12-31', 0, 'bench', 'COMPLETED') RETURNING snapshot_id").query(Long.class)
                .single();
        long scoring = jdbc.sql("INSERT INTO scoring_runs (snapshot_id, family, model_version, horizon_days, status)"
                + " VALUES (?, 'bgnbd', 1, 365, 'COMPLETED') RETURNING scoring_run_id").param(snapshot)
                .query(Long.class).single();
        long loadStart = System.nanoTime();
        load(n, snapshot, scoring);
        jdbc.sql("ANALYZE customer_features").update();
        jdbc.sql("ANALYZE customer_predictions").update();
        System.out.printf("loaded %,d customers in %.1f s%n", n, (System.nanoTime() - loadStart) / 1e9);

        long postmaster = parentOf(jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single());
        double pgCpu = postgresCpuSeconds(postmaster);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        AnalyticsRun run = new AnalyticsRefresh(TestDatabase.dataSource(), AnalyticsSettings.defaults())
                .refresh(snapshot);
        System.out.printf("refresh of %,d customers: %.1f s wall, %.1f s JVM CPU (%d cores); status %s%n",
                run.customers(), (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9,
                Runtime.getRuntime().availableProcessors(), run.status());
        System.out.printf("PostgreSQL CPU during the refresh: %.1f s%n", postgresCpuSeconds(postmaster) - pgCpu);
        System.out.println("phases (ms): " + run.durationsMs());
        System.exit(0);
    }

    private static void load(int n, long snapshot, long scoring) throws Exception {
        Random random = new Random(11);
        LocalDate cutoff = LocalDate.of(2025, 12, 31);
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            try (Writer features = writer(pg, "COPY customer_features (snapshot_id, customer_id, frequency,"
                    + " recency_days, t_days, monetary_value, total_spend, net_spend, order_count, avg_order_value,"
                    + " days_since_last, tenure_days, ipt_mean_days, ipt_std_days, orders_30d, orders_90d,"
                    + " orders_180d, spend_30d, spend_90d, spend_180d, distinct_categories, return_rate,"
                    + " first_order_value, first_order_date, channel) FROM STDIN WITH (FORMAT csv)")) {
                for (int i = 0; i < n; i++) {
                    features.write(feature(snapshot, i, random, cutoff));
                }
            }
            random = new Random(12);
            try (Writer predictions = writer(pg, "COPY customer_predictions (scoring_run_id, customer_id,"
                    + " expected_purchases, p_alive, expected_spend, clv) FROM STDIN WITH (FORMAT csv)")) {
                for (int i = 0; i < n; i++) {
                    double e = random.nextDouble() * 4;
                    double alive = random.nextDouble();
                    double spend = 20 + random.nextDouble() * 80;
                    predictions.write(scoring + "," + id(i) + "," + e + "," + alive + "," + spend + ","
                            + e * spend + "\n");
                }
            }
        }
    }

    private static String feature(long snapshot, int i, Random random, LocalDate cutoff) {
        int orders = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2);
        double tenure = 30 + random.nextInt(1500);
        double sinceLast = orders == 1 ? tenure : random.nextDouble() * tenure;
        double span = tenure - sinceLast;
        double aov = 10 + Math.exp(random.nextGaussian() * 0.7 + 3.5);
        String ipt = orders > 1 ? Double.toString(span / (orders - 1)) : "";
        return snapshot + "," + id(i) + "," + (orders - 1) + "," + span + "," + tenure + "," + aov + ","
                + aov * orders + "," + aov * orders + "," + orders + "," + aov + "," + sinceLast + "," + tenure + ","
                + ipt + ",,0,0,0,0,0,0,1,0," + aov + "," + cutoff.minusDays((long) tenure) + ","
                + (i % 3 == 0 ? "web" : "store") + "\n";
    }

    /** CPU seconds of the postmaster, its finished children (cutime/cstime) and its live children, from /proc. */
    private static double postgresCpuSeconds(long postmaster) throws Exception {
        long ticks = ticks(postmaster, true);
        try (var pids = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (var dir : (Iterable<java.nio.file.Path>) pids::iterator) {
                String name = dir.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && stat(Long.parseLong(name)).length > 1
                        && Long.parseLong(stat(Long.parseLong(name))[1]) == postmaster) {
                    ticks += ticks(Long.parseLong(name), false);
                }
            }
        }
        return ticks / 100.0; // USER_HZ
    }

    private static long ticks(long pid, boolean withChildren) throws Exception {
        String[] f = stat(pid);
        if (f.length < 15) {
            return 0;
        }
        long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
    }

    private static long parentOf(long pid) throws Exception {
        return Long.parseLong(stat(pid)[1]);
    }

    /** Fields of /proc/pid/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime. */
    private static String[] stat(long pid) {
        try {
            String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (java.io.IOException e) {
            return new String[0]; // the process ended meanwhile
        }
    }

    private static String id(int i) {
        return String.format("b%07d", i);
    }

    private static Writer writer(PGConnection pg, String copy) throws Exception {
        return new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, copy, 1 << 20),
                StandardCharsets.UTF_8), 1 << 16);
    }
}
