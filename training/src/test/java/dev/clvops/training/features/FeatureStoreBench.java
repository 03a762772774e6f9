package dev.clvops.training.features;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.testing.TestDatabase;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Throwaway benchmark (a main, not a test): COPYs synthetic orders (default 10M orders of 1M customers, seeded)
 * into the embedded database, then times one {@code build-features} run. Args: orders customers.
 */
final class FeatureStoreBench {

    private static final String[] CATEGORIES = {"books", "music", "games", "garden", "toys", "food", "tools"};
    private static final String[] CHANNELS = {"web", "app", "store"};
    private static final String[] COUNTRIES = {"NL", "DE", "FR", "BE", "UK", "US"};

    private FeatureStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        long orders = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000;
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        long start = System.nanoTime();
        generate(orders, customers);
        System.out.printf(Locale.ROOT, "generated %d orders in %.1f s%n", orders, (System.nanoTime() - start) / 1e9);
        try (ConfigurableApplicationContext context = new SpringApplication(FeatureStoreTestApplication.class)
                .run("--spring.batch.job.enabled=false")) {
            FeatureStore store = context.getBean(FeatureStore.class);
            for (int run = 1; run <= 2; run++) {
                long t0 = System.nanoTime();
                double jvm0 = jvmCpuSeconds();
                double pg0 = postgresCpuSeconds();
                FeatureSnapshot snapshot = store.build(new SnapshotRequest(LocalDate.of(2024, 6, 30), 180),
                        p -> System.out.printf(Locale.ROOT, "  %d/%d customers, %.0f/s (%.1f s: cpu jvm %.1f s, "
                                + "postgres %.1f s)%n", p.done(), p.total(), p.ratePerSecond(),
                                (System.nanoTime() - t0) / 1e9, jvmCpuSeconds() - jvm0, postgresCpuSeconds() - pg0));
                System.out.printf(Locale.ROOT, "run %d: snapshot %s of %d rows in %.1f s, checksum %s%n", run,
                        snapshot.id(), snapshot.rowCount(), (System.nanoTime() - t0) / 1e9, snapshot.checksum());
                System.out.printf(Locale.ROOT, "  cpu: jvm %.1f s, postgres %.1f s, load average %.1f%n",
                        jvmCpuSeconds() - jvm0, postgresCpuSeconds() - pg0,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        System.exit(0);
    }

    private static double jvmCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** CPU of the embedded PostgreSQL: the postmaster, its live backends and the backends it reaped. */
    static double postgresCpuSeconds() {
        long postmaster = postmasterPid();
        try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> ticks(Long.parseLong(p.getFileName().toString()), postmaster)).sum() / 100.0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long postmasterPid() {
        try {
            String dataDir = new org.springframework.jdbc.core.JdbcTemplate(TestDatabase.dataSource())
                    .queryForObject("SHOW data_directory", String.class);
            return Long.parseLong(java.nio.file.Files.readAllLines(java.nio.file.Path.of(dataDir, "postmaster.pid"))
                    .getFirst().strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** utime+stime+cutime+cstime of {@code pid} when it is the postmaster or one of its children, else 0. */
    private static long ticks(long pid, long postmaster) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            if (pid != postmaster && Long.parseLong(f[1]) != postmaster) {
                return 0;
            }
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static void generate(long orders, int customers) throws SQLException, IOException {
        TestDatabase.truncateAll();
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            c.createStatement().execute("""
                    INSERT INTO ingest_runs (file_name, file_sha256, file_bytes, format, status)
                    VALUES ('bench', 'bench', 0, 'bench', 'COMPLETED')""");
            // a throwaway database: load without indexes, then build them once
            c.createStatement().execute("""
                    ALTER TABLE orders DROP CONSTRAINT orders_pkey CASCADE;
                    DROP INDEX orders_customer""");
            // every combination of category, channel and country, acquisition source 'ads': id 1 + its index
            c.createStatement().execute("""
                    INSERT INTO order_attributes (attributes_id, category, channel, acquisition_source, country)
                    SELECT 1 + (k - 1) * %1$d + (h - 1) * %2$d + n - 1, categories[k], channels[h], 'ads', countries[n]
                    FROM (SELECT '{%3$s}'::text[] AS categories, '{%4$s}'::text[] AS channels,
                                 '{%5$s}'::text[] AS countries) a,
                         generate_subscripts(categories, 1) k, generate_subscripts(channels, 1) h,
                         generate_subscripts(countries, 1) n""".formatted(CHANNELS.length * COUNTRIES.length,
                    COUNTRIES.length, String.join(",", CATEGORIES), String.join(",", CHANNELS),
                    String.join(",", COUNTRIES)));
            var out = new PGCopyOutputStream(c.unwrap(PGConnection.class), "COPY orders (order_id, customer_id, "
                    + "order_date, order_value, attributes_id, run_id) FROM STDIN", 1 << 20);
            try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                    1 << 20)) {
                writeOrders(w, orders, customers);
            }
            c.createStatement().execute("""
                    ALTER TABLE orders ADD PRIMARY KEY (order_id);
                    CREATE INDEX orders_customer ON orders (customer_id)""");
            // as autovacuum would soon after an ingest; otherwise it vacuums the new rows during the timed runs
            c.createStatement().execute("VACUUM ANALYZE orders");
        }
    }

    private static void writeOrders(Writer w, long orders, int customers) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        int firstDay = (int) LocalDate.of(2022, 1, 1).toEpochDay();
        for (long i = 0; i < orders; i++) {
            int customer = random.nextInt(customers);
            String day = LocalDate.ofEpochDay(firstDay + random.nextInt(1095)).toString();
            long cents = 500 + random.nextInt(20_000);
            int attributes = 1 + random.nextInt(CATEGORIES.length) * CHANNELS.length * COUNTRIES.length
                    + customer % CHANNELS.length * COUNTRIES.length + customer % COUNTRIES.length;
            w.write("b" + i + "\tc" + customer + "\t" + day + "\t" + cents / 100 + "." + String.format("%02d", cents % 100)
                    + "\t" + attributes + "\t1\n");
        }
    }
}
