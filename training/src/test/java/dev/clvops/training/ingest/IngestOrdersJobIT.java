package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.UnusableInputException;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class IngestOrdersJobIT {

    static final Path CDNOW = Path.of(System.getProperty("clvops.shared", "../../shared") + "/data/cdnow");

    @RegisterExtension
    static final IngestTestContext.PerClass INGEST = new IngestTestContext.PerClass();
    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    static Path resource(String name) throws Exception {
        return Path.of(IngestOrdersJobIT.class.getResource("/ingest/" + name).toURI());
    }

    @Test
    void loadsTheCdnowMasterFileWithEveryRowAndCustomer() {
        IngestSummary summary = INGEST.ingestion().ingest(new IngestRequest(CDNOW.resolve("CDNOW_master.txt"),
                IngestFormat.AUTO), ProgressListener.NONE);

        assertThat(summary.format()).isEqualTo(IngestFormat.CDNOW);
        assertThat(summary.rowsRead()).isEqualTo(69_659);
        assertThat(summary.loaded()).isEqualTo(69_659);
        assertThat(summary.customers()).isEqualTo(23_570);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isEqualTo(69_659);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customers WHERE customer_id = '1'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void addsNothingWhenTheCdnowSampleFollowsTheMasterFile() {
        INGEST.ingestion().ingest(new IngestRequest(CDNOW.resolve("CDNOW_master.txt"), IngestFormat.CDNOW),
                ProgressListener.NONE);

        IngestSummary sample = INGEST.ingestion().ingest(new IngestRequest(CDNOW.resolve("CDNOW_sample.txt"),
                IngestFormat.AUTO), ProgressListener.NONE);

        assertThat(sample.rowsRead()).isEqualTo(6_919);
        assertThat(sample.duplicates()).isEqualTo(6_919);
        assertThat(sample.loaded()).isZero();
        assertThat(sample.repeat()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isEqualTo(69_659);
    }

    @Test
    void loadsTheCdnowSampleAloneWithItsCustomers() {
        IngestSummary sample = INGEST.ingestion().ingest(new IngestRequest(CDNOW.resolve("CDNOW_sample.txt"),
                IngestFormat.AUTO), ProgressListener.NONE);

        assertThat(sample.loaded()).isEqualTo(6_919);
        assertThat(sample.customers()).isEqualTo(2_357);
    }

    @Test
    void keepsOptionalColumnsStoresNegativeValuesAsReturnsAndQuarantinesBadRows() throws Exception {
        IngestSummary summary = INGEST.ingestion().ingest(new IngestRequest(resource("orders-with-returns.csv"),
                IngestFormat.AUTO), ProgressListener.NONE);

        assertThat(summary.format()).isEqualTo(IngestFormat.ORDERS);
        assertThat(summary.rowsRead()).isEqualTo(9);
        assertThat(summary.loaded()).isEqualTo(4);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.quarantined()).isEqualTo(4);
        assertThat(summary.reasons()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "order_value: not a number", 2L, "order_date: cannot parse as a date", 1L,
                "customer id missing", 1L));
        assertThat(jdbc.queryForMap("SELECT channel, campaign, currency, order_ts FROM order_details WHERE order_id = 'orders:o2'"))
                .containsEntry("channel", "app").containsEntry("campaign", "spring").containsEntry("currency", "EUR");
        assertThat(jdbc.queryForMap("SELECT customer_id, return_value FROM order_returns"))
                .containsEntry("customer_id", "u1").containsEntry("return_value", new java.math.BigDecimal("30.00"));
        assertThat(jdbc.queryForMap("SELECT age, gender, city, acquisition_source FROM customers WHERE customer_id = 'u1'"))
                .containsEntry("age", 34).containsEntry("city", "Berlin").containsEntry("acquisition_source", "search");
        assertThat(INGEST.ingestion().quarantine(OptionalLong.of(summary.runId()), 0, 10))
                .extracting(row -> row.lineNumber() + " " + row.reason())
                .containsExactly("6 order_value: not a number '1,5'", "7 order_date: cannot parse '2023-13-45' as a date",
                        "9 customer id missing", "10 order_value: not a number 'abc'");
    }

    @Test
    void groupsOnlineRetailLinesIntoOrdersAndCancellationsIntoReturns() throws Exception {
        IngestSummary summary = INGEST.ingestion().ingest(new IngestRequest(resource("online-retail.csv"),
                IngestFormat.AUTO), ProgressListener.NONE);

        assertThat(summary.format()).isEqualTo(IngestFormat.ONLINE_RETAIL);
        assertThat(summary.rowsRead()).isEqualTo(10);
        assertThat(summary.loaded()).isEqualTo(7);
        assertThat(summary.quarantined()).isEqualTo(3);
        assertThat(summary.reasons()).containsEntry("customer id missing", 1L).containsEntry("Price: negative", 1L)
                .containsEntry("Quantity: zero", 1L);
        assertThat(jdbc.queryForMap("SELECT customer_id, order_value, quantity FROM orders WHERE order_id = 'online-retail:489434'"))
                .containsEntry("customer_id", "13085").containsEntry("order_value", new java.math.BigDecimal("164.40"))
                .containsEntry("quantity", 24);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM order_lines", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForMap("SELECT customer_id, return_value, quantity FROM order_returns WHERE return_id = 'online-retail:C489449'"))
                .containsEntry("customer_id", "16321").containsEntry("return_value", new java.math.BigDecimal("45.30"))
                .containsEntry("quantity", 18);
        assertThat(jdbc.queryForObject("SELECT return_value FROM order_returns WHERE return_id = 'online-retail:489437:return'",
                java.math.BigDecimal.class)).isEqualByComparingTo("15.90");
        assertThat(jdbc.queryForObject("SELECT order_date::text FROM orders WHERE order_id = 'online-retail:489436'",
                String.class)).isEqualTo("2010-12-01");
    }

    @Test
    void recordsTheSameContentAgainAsARepeatThatAddsNothing(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(resource("orders-with-returns.csv"), dir.resolve("again.csv"));
        IngestSummary first = INGEST.ingestion().ingest(new IngestRequest(resource("orders-with-returns.csv"),
                IngestFormat.AUTO), ProgressListener.NONE);

        IngestSummary second = INGEST.ingestion().ingest(new IngestRequest(copy, IngestFormat.AUTO),
                ProgressListener.NONE);

        assertThat(second.repeat()).isTrue();
        assertThat(second.duplicates()).isEqualTo(first.rowsRead());
        assertThat(second.loaded() + second.quarantined()).isZero();
        assertThat(jdbc.queryForObject("SELECT repeat_of FROM ingest_runs WHERE run_id = ?", Long.class,
                second.runId())).isEqualTo(first.runId());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM quarantined_rows", Long.class)).isEqualTo(4);
    }

    @Test
    void storesNothingButAFailedRunForAnUnusableFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("nope.csv"), "user_id,order_id,order_date\nu1,o1,2023-01-01\n");

        assertThatThrownBy(() -> INGEST.ingestion().ingest(new IngestRequest(file, IngestFormat.AUTO),
                ProgressListener.NONE))
                .isInstanceOf(UnusableInputException.class).hasMessageContaining("nope.csv")
                .hasMessageContaining("order_value");
        assertThat(jdbc.queryForObject("SELECT status FROM ingest_runs", String.class)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isZero();
    }

    @Test
    void reportsProgressAndExportsQuarantineAsCsv(@TempDir Path dir) throws Exception {
        List<JobProgress> reports = new ArrayList<>();
        IngestSummary summary = INGEST.ingestion().ingest(new IngestRequest(resource("orders-with-returns.csv"),
                IngestFormat.ORDERS), reports::add);

        long written = INGEST.ingestion().exportQuarantine(OptionalLong.empty(), dir.resolve("q.csv"));

        assertThat(reports).last().satisfies(last -> {
            assertThat(last.done()).isEqualTo(summary.rowsRead());
            assertThat(last.stage()).isNull();
        });
        // after the last row, before the commit: the key builds of the empty store are named, not a silent 100%
        assertThat(reports).filteredOn(r -> r.stage() != null).singleElement()
                .satisfies(r -> assertThat(r.stage()).isEqualTo("building keys"));
        assertThat(written).isEqualTo(4);
        assertThat(Files.readAllLines(dir.resolve("q.csv"))).first().isEqualTo("file,line,reason,raw");
        assertThat(Files.readString(dir.resolve("q.csv")))
                .contains("orders-with-returns.csv,6,\"order_value: not a number '1,5'\",\"u3,o5,2023-03-01,\"\"1,5\"\"");
        assertThat(jdbc.queryForObject("SELECT read_count FROM batch_step_execution WHERE step_name = 'bulkLoad'",
                Long.class)).isEqualTo(9);
    }

    @Test
    void namesTheMergeStageOfBothLanesIntoAStoredRun() throws Exception {
        INGEST.ingestion().ingest(new IngestRequest(CDNOW.resolve("CDNOW_sample.txt"), IngestFormat.CDNOW),
                ProgressListener.NONE);
        List<JobProgress> bulk = new ArrayList<>();
        List<JobProgress> staged = new ArrayList<>();

        INGEST.ingestion().ingest(new IngestRequest(resource("orders-with-returns.csv"), IngestFormat.ORDERS),
                bulk::add);
        INGEST.ingestion().ingest(new IngestRequest(resource("online-retail.csv"), IngestFormat.ONLINE_RETAIL),
                staged::add);

        for (List<JobProgress> reports : List.of(bulk, staged)) {
            assertThat(reports).extracting(JobProgress::stage).containsOnlyOnce("merging into the stored orders")
                    .last().isNull();
        }
    }
}
