package dev.clvops.reports.store;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.content.ReportContents;
import dev.clvops.reports.content.ReportKind;
import dev.clvops.reports.facts.JdbcReportFacts;
import dev.clvops.reports.facts.ReportFacts;
import dev.clvops.reports.pdf.PdfRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Executive PDF time from stored aggregates for the 1,200-customer fixture and for a 1,000,000-customer analytics run
 * (synthetic rows of the same shape): the one-off aggregation grows with the customers, the PDF does not.
 * Run: {@code java -cp <test classpath> dev.clvops.reports.store.ExecutivePdfBenchmark [customers] [out dir]}.
 */
public final class ExecutivePdfBenchmark {

    private static final int REPEATS = 5;

    private ExecutivePdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path out = Path.of(args.length > 1 ? args[1] : "target/report-benchmark");
        Files.createDirectories(out);
        AnalyticsRun small = ReportFixture.analysed(true);
        AnalyticsRun large = BenchmarkRun.create(small, customers);
        AnalyticsQueries analytics = new AnalyticsQueries(TestDatabase.dataSource());
        JdbcReportFacts facts = new JdbcReportFacts(TestDatabase.dataSource(), analytics, () -> null, List.of());
        long t0 = System.nanoTime();
        facts.aggregates(large);
        System.out.printf("one-off aggregation of %,d customers: %,d ms%n", customers, (System.nanoTime() - t0) / 1_000_000);
        facts.aggregates(small);
        ReportSettings settings = ReportSettings.defaults(out);
        for (AnalyticsRun run : List.of(small, large, small, large)) {
            System.out.printf("executive PDF, %,9d customers: median %,d ms (facts + layout + charts)%n",
                    run.customers(), median(() -> render(facts, run, settings, out)));
        }
        ReportService service = new ReportService(TestDatabase.dataSource(), analytics, () -> null, settings,
                Clock.systemUTC());
        long t1 = System.nanoTime();
        ReportRun all = service.generateAll();
        System.out.printf("all five reports (PDF + Markdown) of the %,d-customer run: %,d ms, %d files in %s%n",
                customers, (System.nanoTime() - t1) / 1_000_000, all.reports().size(), out);
    }

    private static void render(JdbcReportFacts facts, AnalyticsRun run, ReportSettings settings, Path out)
            throws Exception {
        ReportFacts data = facts.load(run);
        var document = new ReportContents(settings.formats(), settings.companyName(), settings.topRows())
                .build(ReportKind.EXECUTIVE, data, null, Instant.now());
        Files.write(out.resolve("executive-" + run.customers() + ".pdf"),
                new PdfRenderer(settings.formats(), settings.logo()).render(document));
    }

    private static long median(Task task) throws Exception {
        long[] ms = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        return ms[REPEATS / 2];
    }

    private interface Task {
        void run() throws Exception;
    }

    /** A completed analytics run of {@code customers} synthetic rows, with the small run's stored documents. */
    static final class BenchmarkRun {

        static AnalyticsRun create(AnalyticsRun template, int customers) {
            JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
            long snapshot = jdbc.sql("INSERT INTO feature_snapshots (cutoff, horizon_days, feature_set_version,"
                    + " status) VALUES (date '2025-12-31', 0, 'v1', 'COMPLETED') RETURNING snapshot_id")
                    .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO customer_features (snapshot_id, customer_id, frequency, recency_days, t_days,
                        monetary_value, total_spend, net_spend, order_count, avg_order_value, days_since_last,
                        tenure_days, orders_30d, orders_90d, orders_180d, spend_30d, spend_90d, spend_180d,
                        distinct_categories, return_rate, first_order_value, first_order_date)
                    SELECT ?, 'b' || i, i % 7, i % 600, 700, 50, 50 * (1 + i % 7), 50 * (1 + i % 7), 1 + i % 7, 50,
                           i % 700, 700, 0, 0, 0, 0, 0, 0, 1, 0, 50, date '2024-01-01'
                    FROM generate_series(1, ?) i""").params(snapshot, customers).update();
            long scoring = jdbc.sql("INSERT INTO scoring_runs (snapshot_id, family, model_version, horizon_days,"
                    + " status) VALUES (?, 'bgnbd', 1, 365, 'COMPLETED') RETURNING scoring_run_id").param(snapshot)
                    .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO customer_predictions (scoring_run_id, customer_id, p_alive, clv, clv_p10, clv_p90)
                    SELECT ?, 'b' || i, (i % 100) / 100.0, (i % 997) * 0.7, (i % 997) * 0.35, (i % 997) * 1.3
                    FROM generate_series(1, ?) i""").params(scoring, customers).update();
            long run = jdbc.sql("INSERT INTO analytics_runs (snapshot_id, scoring_run_id, status, finished_at,"
                    + " customers) VALUES (?, ?, 'COMPLETED', now(), ?) RETURNING run_id")
                    .params(snapshot, scoring, customers).query(Long.class).single();
            jdbc.sql("INSERT INTO analytics_results SELECT ?, kind, document FROM analytics_results WHERE run_id = ?")
                    .params(run, template.runId()).update();
            jdbc.sql("""
                    INSERT INTO customer_analytics (run_id, customer_id, r_score, f_score, m_score, rfm_code, segment,
                        cluster, dbscan_cluster, ward_cluster, pca_x, pca_y, pca_z, persona, tier, clv, p_alive,
                        overdue)
                    SELECT ?, 'b' || i, 1 + i % 5, 1 + i % 4, 1 + i % 3, '111',
                           (ARRAY['Champions','Loyal','At Risk','Lost','New','Hibernating'])[1 + i % 6], i % 4, -1,
                           i % 4, 0, 0, 0, (ARRAY['Regular','Seasonal','One-time buyer','Lapsed VIP'])[1 + i % 4],
                           (ARRAY['Platinum','Gold','Silver','Bronze'])[1 + i % 4], (i % 997) * 0.7,
                           (i % 100) / 100.0, i % 50 = 0
                    FROM generate_series(1, ?) i""").params(run, customers).update();
            jdbc.sql("ANALYZE customer_analytics").update();
            return new AnalyticsQueries(TestDatabase.dataSource()).latestRun().orElseThrow();
        }
    }
}
