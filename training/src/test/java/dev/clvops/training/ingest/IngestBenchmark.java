package dev.clvops.training.ingest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.clvops.platform.demo.GeneratorSettings;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.training.synthetic.BtydDemoDataGenerator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark main (not run by surefire): takes the first 1M rows of a seeded demo orders file, ingests them into an
 * empty store, then the next 1M rows into the now non-empty store, then the first file again into an emptied
 * store with the JVM warm ({@code -Dbench.warmRuns} times, default 5, with their median), and prints wall and CPU
 * seconds (JVM process and PostgreSQL backends) per step. Args: [rows] [work directory]. With
 * {@code -Dbench.stages=true} it first times parsing, encoding and COPY alone ({@link IngestStageBenchmark});
 * {@code -Dbench.stages=only} stops after that.
 */
final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"), "clvops-ingest-bench");
        List<Path> files = slices(dir, rows);
        DataSource dataSource = pooled(TestDatabase.dataSource());
        TestDatabase.truncateAll();
        String stages = System.getProperty("bench.stages", "false");
        if (!stages.equals("false")) {
            System.out.println(files.getFirst().getFileName() + ", each part alone:");
            IngestStageBenchmark.run(files.getFirst(), dataSource);
            if (stages.equals("only")) {
                System.exit(0);
            }
        }
        CpuSampler sampler = CpuSampler.start(dataSource);
        try (AnnotationConfigApplicationContext context = IngestTestContext.open(dataSource)) {
            JdbcOrderIngestion ingestion = context.getBean(JdbcOrderIngestion.class);
            for (Path file : files) {
                measure(ingestion, sampler, dataSource, file, file.getFileName().toString());
            }
            // the same first file into an emptied store again: the JVM is warm, as in a running server; the machine's
            // other jobs make single runs noisy, so several runs and their median
            int warmRuns = Integer.getInteger("bench.warmRuns", 5);
            double[] rates = new double[warmRuns];
            for (int i = 0; i < warmRuns; i++) {
                TestDatabase.truncateAll();
                rates[i] = measure(ingestion, sampler, dataSource, files.getFirst(),
                        files.getFirst().getFileName() + " again, warm, run " + (i + 1));
            }
            Arrays.sort(rates);
            if (warmRuns > 0) {
                System.out.printf(Locale.ROOT, "warm runs: %.0f-%.0f rows/s, median %.0f%n", rates[0],
                        rates[warmRuns - 1], rates[warmRuns / 2]);
            }
        } finally {
            sampler.stop();
        }
        System.exit(0);
    }

    /** A connection pool like the product's (deploy's DatabaseConfiguration), so no step pays for a new backend. */
    private static DataSource pooled(DataSource database) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(database);
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /** Ingests {@code file}, prints its counts and figures, and returns rows read per wall second. */
    private static double measure(JdbcOrderIngestion ingestion, CpuSampler sampler, DataSource dataSource, Path file,
                                  String label) {
        LocalDateTime from = LocalDateTime.now();
        CpuSampler.Sample before = sampler.now();
        IngestSummary summary = ingestion.ingest(new IngestRequest(file, IngestFormat.ORDERS), p -> { });
        CpuSampler.Sample after = sampler.now();
        System.out.printf(Locale.ROOT, "%s: %d read, %d loaded, %d duplicates, %d quarantined%n", label,
                summary.rowsRead(), summary.loaded(), summary.duplicates(), summary.quarantined());
        printSteps(new JdbcTemplate(dataSource), sampler, from);
        double rate = summary.rowsRead() / after.minus(before).wall();
        System.out.printf(Locale.ROOT, "  total: %s -> %.0f rows/s wall, load average %.1f%n", after.minus(before),
                rate, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return rate;
    }

    private static void printSteps(JdbcTemplate jdbc, CpuSampler sampler, LocalDateTime from) {
        jdbc.query("""
                SELECT step_name, start_time, end_time FROM batch_step_execution
                WHERE start_time >= ? ORDER BY step_execution_id""", rs -> {
            var span = sampler.between(rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime());
            System.out.printf(Locale.ROOT, "  %-12s %s%n", rs.getString(1), span);
        }, from);
    }

    /** Two files of {@code rows} data rows each: the first and the second slice of one seeded demo file. */
    private static List<Path> slices(Path dir, int rows) throws IOException {
        Path first = dir.resolve("orders-" + rows + "-a.csv");
        Path second = dir.resolve("orders-" + rows + "-b.csv");
        if (Files.exists(second)) {
            return List.of(first, second);
        }
        Path full = dir.resolve("demo.csv");
        new BtydDemoDataGenerator().generate(new GeneratorSettings(rows * 2 / 5, 36, 7, 0.01,
                LocalDate.of(2021, 1, 1)), full, p -> { });
        try (BufferedReader in = Files.newBufferedReader(full, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            copy(in, header, first, rows);
            copy(in, header, second, rows);
        }
        return List.of(first, second);
    }

    private static void copy(BufferedReader in, String header, Path target, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(header + "\n");
            String line;
            for (int i = 0; i < rows && (line = in.readLine()) != null; i++) {
                out.write(line + "\n");
            }
        }
    }

    /** Samples JVM and PostgreSQL CPU every 50 ms so per-step CPU can be read from the step's start and end. */
    static final class CpuSampler {

        record Sample(long nanos, LocalDateTime at, double jvm, double postgres) {
            Span minus(Sample earlier) {
                return new Span((nanos - earlier.nanos) / 1e9, jvm - earlier.jvm, postgres - earlier.postgres);
            }
        }

        record Span(double wall, double jvm, double postgres) {
            @Override
            public String toString() {
                return String.format(Locale.ROOT, "wall %6.2f s  cpu jvm %6.2f s  postgres %6.2f s", wall, jvm,
                        postgres);
            }
        }

        private final List<Sample> samples = new CopyOnWriteArrayList<>();
        private final long postmaster;
        private volatile boolean running = true;

        private CpuSampler(long postmaster) {
            this.postmaster = postmaster;
        }

        static CpuSampler start(DataSource dataSource) throws IOException {
            String dataDir = new JdbcTemplate(dataSource).queryForObject("SHOW data_directory", String.class);
            long pid = Long.parseLong(Files.readAllLines(Path.of(dataDir, "postmaster.pid")).getFirst().strip());
            CpuSampler sampler = new CpuSampler(pid);
            Thread.ofPlatform().daemon().start(sampler::loop);
            return sampler;
        }

        private void loop() {
            while (running) {
                samples.add(now());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        Sample now() {
            return new Sample(System.nanoTime(), LocalDateTime.now(), jvmCpuSeconds(), postgresCpuSeconds());
        }

        Span between(LocalDateTime from, LocalDateTime to) {
            return nearest(to).minus(nearest(from));
        }

        private Sample nearest(LocalDateTime at) {
            Sample best = samples.getFirst();
            for (Sample s : samples) {
                if (!s.at().isAfter(at)) {
                    best = s;
                }
            }
            return best;
        }

        private static double jvmCpuSeconds() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
        }

        /**
         * CPU of the embedded PostgreSQL: the postmaster, its live children (from /proc/PID/task/PID/children, so
         * sampling stays cheap) and the children it reaped.
         */
        private double postgresCpuSeconds() {
            long ticks = ticks(postmaster, true);
            try {
                String children = Files.readString(Path.of("/proc/" + postmaster + "/task/" + postmaster + "/children"));
                for (String child : children.strip().split(" ")) {
                    ticks += child.isEmpty() ? 0 : ticks(Long.parseLong(child), false);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ticks / 100.0;
        }

        /** utime+stime+cutime+cstime of {@code pid}, or 0 unless it is the postmaster or one of its children. */
        private long ticks(long pid, boolean self) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                if (!self && Long.parseLong(f[1]) != postmaster) {
                    return 0;
                }
                return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
