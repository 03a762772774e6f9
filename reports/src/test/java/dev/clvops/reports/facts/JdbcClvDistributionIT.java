package dev.clvops.reports.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.ClvDistribution;
import dev.clvops.platform.analytics.PredictedCustomer;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.store.ReportFixture;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcClvDistributionIT {

    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
    private final JdbcClvDistribution reader = new JdbcClvDistribution(TestDatabase.dataSource());

    @Test
    void refreshStoresTheDistributionWithTheHistogramOfTheExecutivePdf() {
        AnalyticsRun run = ReportFixture.analysed(true);

        ClvDistribution d = reader.distribution(run.runId()).orElseThrow();

        assertThat(jdbc.sql("SELECT count(*) FROM analytics_results WHERE run_id = ? AND kind = 'clv_distribution'")
                .param(run.runId()).query(Long.class).single()).isEqualTo(1);
        assertThat(d.customers()).isEqualTo(ReportFixture.CUSTOMERS);
        assertThat(d.horizonDays()).isEqualTo(365);
        assertThat(d.mean()).isCloseTo(sql("SELECT avg(clv) FROM customer_predictions"), within(1e-6));
        assertThat(d.median()).isCloseTo(sql("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY clv)"
                + " FROM customer_predictions"), within(1e-6));
        assertThat(d.top5Share()).isCloseTo(sql("SELECT sum(clv) FROM (SELECT clv FROM customer_predictions"
                + " ORDER BY clv DESC LIMIT 60) t") / sql("SELECT sum(clv) FROM customer_predictions"), within(1e-9));
        assertThat(d.histogram().stream().map(ClvDistribution.Bin::customers).toList()).isEqualTo(pdfHistogram(run));
    }

    @Test
    void pagesCustomersByPredictedClvWithTheirIntervalAndRepeatProbability() {
        AnalyticsRun run = ReportFixture.analysed(true);
        List<String> expectedIds = jdbc.sql("SELECT customer_id FROM customer_predictions ORDER BY clv DESC,"
                + " customer_id OFFSET 10 LIMIT 5").query(String.class).list();

        List<PredictedCustomer> page = reader.customers(run.runId(), 10, 5);

        assertThat(page).extracting(PredictedCustomer::customerId).isEqualTo(expectedIds);
        PredictedCustomer first = page.getFirst();
        assertThat(first.clvP10()).isCloseTo(0.5 * first.clv(), within(1e-6));
        assertThat(first.clvP90()).isCloseTo(1.8 * first.clv(), within(1e-6));
        double alive = first.pAlive();
        assertThat(first.repeatProbability()).isCloseTo(alive * (1 - Math.exp(-first.expectedPurchases() / alive)),
                within(1e-9));
    }

    @Test
    void givesTheAliveChanceAsRepeatProbabilityWhenTheExpectedCountPerAliveChanceIsHuge() {
        AnalyticsRun run = ReportFixture.analysed(true);
        String top = reader.customers(run.runId(), 0, 1).getFirst().customerId();
        jdbc.sql("UPDATE customer_predictions SET p_alive = 1e-6, expected_purchases = 4 WHERE customer_id = ?")
                .param(top).update();

        PredictedCustomer first = reader.customers(run.runId(), 0, 1).getFirst();

        assertThat(first.repeatProbability()).isEqualTo(1e-6);
    }

    @Test
    void exportsTheTopCustomersAsCsvWithAHeader() {
        AnalyticsRun run = ReportFixture.analysed(true);
        StringWriter out = new StringWriter();

        long rows = reader.exportCsv(run.runId(), 25, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(rows).isEqualTo(25);
        assertThat(lines).hasSize(26);
        assertThat(lines.getFirst()).isEqualTo(JdbcClvDistribution.HEADER.strip());
        assertThat(lines.get(1)).startsWith(reader.customers(run.runId(), 0, 1).getFirst().customerId() + ",");
    }

    @Test
    void hasNoDistributionWithoutPredictionsButStillListsCustomers() {
        AnalyticsRun run = ReportFixture.analysed(false);

        assertThat(reader.distribution(run.runId())).isEmpty();
        assertThat(reader.customers(run.runId(), 0, 3)).hasSize(3).allSatisfy(c -> assertThat(c.clv()).isNull());
        assertThatThrownBy(() -> reader.customers(run.runId() + 1000, 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no analytics run");
    }

    private List<Long> pdfHistogram(AnalyticsRun run) {
        JdbcReportFacts facts = new JdbcReportFacts(TestDatabase.dataSource(),
                new AnalyticsQueries(TestDatabase.dataSource()), () -> null, List.of("bgnbd"));
        return facts.aggregates(run).clvHistogram().stream().map(CustomerAggregates.Bin::customers).toList();
    }

    private double sql(String query) {
        return jdbc.sql(query).query(Double.class).single();
    }
}
