package dev.clvops.reports.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.store.ReportFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcReportFactsIT {

    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
    private final JdbcReportFacts facts = new JdbcReportFacts(TestDatabase.dataSource(),
            new AnalyticsQueries(TestDatabase.dataSource()), () -> null, List.of("bgnbd"));

    @Test
    void takesTheDataDateFromTheSnapshotWhenItsLastOrderIsNotAfterTheCutoffAndScansOtherwise() {
        AnalyticsRun run = ReportFixture.analysed(false);
        LocalDate latest = jdbc.sql("SELECT max(order_date) FROM orders WHERE order_date <= date '2025-12-31'")
                .query(LocalDate.class).single();

        assertThat(facts.load(run).dataUpTo()).as("no store date at sealing: scanned").isEqualTo(latest);
        setStoreDateAtSealing(run, "2025-06-01");
        assertThat(facts.load(run).dataUpTo()).as("the sealed date, not a scan").isEqualTo("2025-06-01");
        setStoreDateAtSealing(run, "2026-02-01");
        assertThat(facts.load(run).dataUpTo()).as("orders after the cutoff: scanned").isEqualTo(latest);
        assertThat(facts.load(run).cutoff()).isEqualTo("2025-12-31");
    }

    private void setStoreDateAtSealing(AnalyticsRun run, String date) {
        jdbc.sql("UPDATE feature_snapshots SET orders_max_date = ?::date WHERE snapshot_id = ?").params(date,
                run.snapshotId()).update();
    }
}
