package dev.clvops.reports.store;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.facts.JdbcClvDistribution;
import dev.clvops.reports.facts.RunAggregates;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Server time of the data behind the Executive summary and CLV prediction tabs for a 1,000,000-customer analytics run
 * (the synthetic rows of {@link ExecutivePdfBenchmark}): the refresh-time precomputation once, then the median of
 * each per-request read. Run: {@code bench/run-main.sh reports dev.clvops.reports.store.AnalyticsTabsBenchmark}.
 */
public final class AnalyticsTabsBenchmark {

    private static final int REPEATS = 7;

    private AnalyticsTabsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        AnalyticsRun run = ExecutivePdfBenchmark.BenchmarkRun.create(ReportFixture.analysed(true), customers);
        JdbcClient.create(TestDatabase.dataSource()).sql("DELETE FROM analytics_results WHERE run_id = ? AND kind ="
                + " 'clv_distribution'").param(run.runId()).update();
        AnalyticsQueries analytics = new AnalyticsQueries(TestDatabase.dataSource());
        JdbcClvDistribution clv = new JdbcClvDistribution(TestDatabase.dataSource());
        JdbcExecutiveFacts executive = new JdbcExecutiveFacts(TestDatabase.dataSource(), analytics, () -> null,
                ReportSettings.defaults(Files.createTempDirectory("bench")));
        time("refresh step: precompute aggregates + CLV distribution (once)", 1,
                () -> new RunAggregates(TestDatabase.dataSource()).precompute(run.runId(), run.snapshotId(),
                        run.scoringRunId()));
        time("summary tab: executive facts", REPEATS, () -> executive.latest().orElseThrow());
        time("clv tab: distribution", REPEATS, () -> clv.distribution(run.runId()).orElseThrow());
        time("clv tab: grid page 0 (50 rows)", REPEATS, () -> clv.customers(run.runId(), 0, 50));
        time("clv tab: grid page at offset 9,950 (50 rows)", REPEATS, () -> clv.customers(run.runId(), 9950, 50));
        time("clv tab: CSV export of the top 10,000", REPEATS,
                () -> clv.exportCsv(run.runId(), 10_000, new StringWriter()));
        time("cohorts tab: cohort report", REPEATS, () -> analytics.cohorts(run.runId()));
        System.out.printf("load average: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void time(String what, int repeats, Supplier<?> task) {
        long[] wall = new long[repeats];
        long[] cpu = new long[repeats];
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            task.get();
            wall[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-62s median wall %,6d ms, JVM thread CPU %,5d ms%n", what, wall[repeats / 2],
                cpu[repeats / 2]);
    }
}
