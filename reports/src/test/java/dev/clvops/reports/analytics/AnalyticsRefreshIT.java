package dev.clvops.reports.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.BudgetAllocation;
import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.CustomerAnalytics;
import dev.clvops.platform.analytics.CustomerFilter;
import dev.clvops.platform.analytics.CustomerPage;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.analytics.SegmentSummary;
import dev.clvops.platform.testing.TestDatabase;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class AnalyticsRefreshIT {

    private final AnalyticsQueries queries = new AnalyticsQueries(TestDatabase.dataSource());

    @Test
    void storesEveryCustomerAndTheAggregatesOfTheLatestSnapshot() {
        JdbcClient jdbc = AnalyticsFixture.load();
        AnalyticsFixture.scoringRun(jdbc, AnalyticsFixture.snapshot(jdbc));

        AnalyticsRun run = new AnalyticsRefresh(TestDatabase.dataSource(), AnalyticsFixture.settings()).refresh();

        long id = run.runId();
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.customers()).isEqualTo(AnalyticsFixture.CUSTOMERS);
        assertThat(count(jdbc, "SELECT count(*) FROM customer_analytics WHERE run_id = " + id)).isEqualTo(3000);
        assertThat(count(jdbc, "SELECT count(*) FROM analytics_results WHERE run_id = " + id)).isEqualTo(7);
        assertThat(run.durationsMs()).containsKeys("load", "rfm", "clustering", "write", "cohorts", "kpis",
                "aggregates");
        assertThat(queries.segments(id).stream().mapToLong(SegmentSummary::customers).sum()).isEqualTo(3000);
        assertThat(queries.tiers(id)).filteredOn(t -> t.name().equals("Platinum"))
                .singleElement().extracting(SegmentSummary::customers).isEqualTo(150L);
        assertThat(queries.clusters(id).clusters().stream().mapToLong(c -> c.customers()).sum()).isEqualTo(3000);
        assertThat(queries.playbook(id).cells().stream().mapToLong(c -> c.customers()).sum()).isEqualTo(3000);
        assertThat(queries.audiences(id).lookalikeSeed()).hasSize(30);
        assertThat(queries.churnOutlook(id).unavailableReason()).isNull();
    }

    @Test
    void kpisAndCohortsAgreeWithTheOrders() {
        JdbcClient jdbc = AnalyticsFixture.load();
        AnalyticsFixture.scoringRun(jdbc, AnalyticsFixture.snapshot(jdbc));
        long id = new AnalyticsRefresh(TestDatabase.dataSource(), AnalyticsFixture.settings()).refresh().runId();

        KpiReport kpis = queries.kpis(id, null, null);
        KpiReport firstYear = queries.kpis(id, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        CohortReport cohorts = queries.cohorts(id);

        double revenue = jdbc.sql("SELECT sum(order_value) FROM orders").query(Double.class).single();
        double revenue2024 = jdbc.sql("SELECT sum(order_value) FROM orders WHERE order_date < '2025-01-01'")
                .query(Double.class).single();
        assertThat(kpis.revenue()).isCloseTo(revenue, within(1e-6));
        assertThat(kpis.orders()).isEqualTo(count(jdbc, "SELECT count(*) FROM orders"));
        assertThat(kpis.customers()).isEqualTo(3000);
        assertThat(kpis.topDecile().customers()).isEqualTo(300);
        assertThat(firstYear.revenue()).isCloseTo(revenue2024, within(1e-6));
        assertThat(cohorts.cohorts().stream().mapToLong(c -> c.customers()).sum()).isEqualTo(3000);
        assertThat(cohorts.cohorts()).allSatisfy(c -> assertThat(c.retention().getFirst()).isEqualTo(1.0));
        assertThat(cohorts.cohorts().stream().mapToDouble(c -> c.revenue().stream().mapToDouble(v -> v).sum()).sum())
                .isCloseTo(revenue, within(1e-6));
    }

    @Test
    void revenueByChannelAndByCategoryAgreeWithTheOrdersAndCountOrdersWithoutThemAsUnknown() {
        JdbcClient jdbc = AnalyticsFixture.load();
        jdbc.sql("INSERT INTO orders (order_id, customer_id, order_date, order_value, run_id) VALUES"
                + " ('plain-1', 'c00001', '2024-03-01', 12.34, 1), ('plain-2', 'c00002', '2025-02-01', 5.00, 1)")
                .update();
        AnalyticsFixture.scoringRun(jdbc, AnalyticsFixture.snapshot(jdbc));
        long id = new AnalyticsRefresh(TestDatabase.dataSource(), AnalyticsFixture.settings()).refresh().runId();

        KpiReport kpis = queries.kpis(id, null, null);
        KpiReport firstYear = queries.kpis(id, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        assertRevenueBy(kpis.revenueByChannel(), jdbc, "channel", "2099-12-31");
        assertRevenueBy(kpis.revenueByCategory(), jdbc, "category", "2099-12-31");
        assertRevenueBy(firstYear.revenueByChannel(), jdbc, "channel", "2024-12-31");
        assertRevenueBy(firstYear.revenueByCategory(), jdbc, "category", "2024-12-31");
        assertThat(kpis.revenueByChannel()).containsKeys("web", "store", "app", "unknown");
        assertThat(firstYear.revenueByCategory().get("unknown")).isCloseTo(12.34, within(1e-9));
    }

    private static void assertRevenueBy(Map<String, Double> actual, JdbcClient jdbc, String column,
                                        String until) {
        Map<String, Double> expected = new HashMap<>();
        jdbc.sql("SELECT coalesce(" + column + ", 'unknown'), sum(order_value) FROM order_details"
                        + " WHERE order_date <= ?::date GROUP BY 1").param(until)
                .query(rs -> {
                    expected.put(rs.getString(1), rs.getDouble(2));
                });
        assertThat(actual).containsOnlyKeys(expected.keySet());
        expected.forEach((key, value) -> assertThat(actual.get(key)).as(column + " " + key)
                .isCloseTo(value, within(1e-6)));
    }

    @Test
    void listsPagesByPredictedValueAndExportsThemAsCsv() {
        JdbcClient jdbc = AnalyticsFixture.load();
        AnalyticsFixture.scoringRun(jdbc, AnalyticsFixture.snapshot(jdbc));
        long id = new AnalyticsRefresh(TestDatabase.dataSource(), AnalyticsFixture.settings()).refresh().runId();

        CustomerPage page = queries.customers(id, new CustomerFilter(null, "Gold", null, 1, 100));
        StringWriter csv = new StringWriter();
        long written = queries.exportCsv(id, new CustomerFilter(null, "Platinum", null, 0, 10), csv);
        BudgetAllocation budget = queries.budget(id, 10_000.01);

        assertThat(page.total()).isEqualTo(450);
        assertThat(page.rows()).hasSize(100).allSatisfy(c -> assertThat(c.tier()).isEqualTo("Gold"));
        assertThat(page.rows()).extracting(CustomerAnalytics::clv).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(written).isEqualTo(150);
        assertThat(csv.toString().lines()).hasSize(151).first().asString().startsWith("customer_id,r_score");
        assertThat(budget.lines().stream().mapToDouble(BudgetAllocation.Line::amount).sum())
                .isCloseTo(10_000.01, within(1e-9));
        assertThat(queries.customer(id, "c00001")).isPresent();
    }

    @Test
    void comparesRunsAndUploadedSegmentations() {
        JdbcClient jdbc = AnalyticsFixture.load();
        AnalyticsFixture.scoringRun(jdbc, AnalyticsFixture.snapshot(jdbc));
        AnalyticsRefresh refresh = new AnalyticsRefresh(TestDatabase.dataSource(), AnalyticsFixture.settings());
        long first = refresh.refresh().runId();
        long second = refresh.refresh().runId();
        String c1 = queries.customer(second, "c00001").orElseThrow().segment();

        var between = queries.movement(first, second);
        var upload = queries.movementFromUpload(new StringReader("customer_id,segment\nc00001,Lost\nzz,Champions\n"),
                "past.csv", second);

        assertThat(between.stability()).isEqualTo(1.0);
        assertThat(upload.onlyBefore()).isEqualTo(1);
        assertThat(upload.onlyAfter()).isEqualTo(2999);
        assertThat(queries.movers(first, second, c1, c1)).contains("c00001");
    }

    @Test
    void analysesWithoutPredictionsAndSaysWhyTheValuePartsAreEmpty() {
        JdbcClient jdbc = AnalyticsFixture.load();
        long snapshot = AnalyticsFixture.snapshot(jdbc);

        AnalyticsRun run = new AnalyticsRefresh(TestDatabase.dataSource(), AnalyticsFixture.settings())
                .refresh(snapshot);

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.scoringRunId()).isNull();
        assertThat(count(jdbc, "SELECT count(*) FROM customer_analytics WHERE clv IS NULL")).isEqualTo(3000);
        assertThat(queries.playbook(run.runId()).unavailableReason()).contains("no completed scoring run");
        assertThat(queries.audiences(run.runId()).audiences()).isEmpty();
        assertThat(queries.tiers(run.runId())).isEmpty();
        assertThat(queries.cohorts(run.runId()).cohorts()).allSatisfy(c -> assertThat(c.predictedRevenue()).isNull());
        assertThat(queries.kpis(run.runId(), null, null).topDecile()).isNull();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
