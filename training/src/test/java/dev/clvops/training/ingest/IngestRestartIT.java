package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class IngestRestartIT {

    private static final int ROWS = 300_000;
    private static final String STATE = """
            SELECT (SELECT md5(string_agg(concat_ws('|', order_id, customer_id, order_date, order_ts, order_value,
                        quantity, channel, category, acquisition_source, campaign, country, currency), ',' ORDER BY order_id))
                    FROM order_details)
                || (SELECT md5(string_agg(concat_ws('|', customer_id, channel, acquisition_source, country, age, gender,
                        city), ',' ORDER BY customer_id)) FROM customers)
                || (SELECT md5(COALESCE(string_agg(concat_ws('|', return_id, customer_id, return_date, return_value),
                        ',' ORDER BY return_id), '')) FROM order_returns)
                || (SELECT md5(string_agg(concat_ws('|', line_number, raw, reason), ',' ORDER BY line_number))
                    FROM quarantined_rows)""";

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    @Test
    void endsInTheSameStateAsAnUninterruptedRunAfterTheLoaderWasKilled(@TempDir Path dir) throws Exception {
        Path file = OrdersFileGenerator.write(dir.resolve("big-orders.csv"), ROWS, 7);
        TestDatabase.truncateAll();
        killChildMidLoad(file, dir.resolve("child.log"));
        assertThat(jdbc.queryForObject("SELECT status FROM ingest_runs", String.class)).isEqualTo("RUNNING");

        IngestSummary resumed = ingest(file);
        String afterKill = jdbc.queryForObject(STATE, String.class);
        List<String> statuses = jdbc.queryForList("SELECT status FROM ingest_runs ORDER BY run_id", String.class);
        TestDatabase.truncateAll();
        IngestSummary clean = ingest(file);

        assertThat(statuses).containsExactly("ABANDONED", "COMPLETED");
        assertThat(jdbc.queryForObject(STATE, String.class)).isEqualTo(afterKill);
        assertThat(resumed.loaded()).isEqualTo(clean.loaded());
        assertThat(resumed.duplicates()).isEqualTo(clean.duplicates()).isPositive();
        assertThat(resumed.quarantined()).isEqualTo(clean.quarantined()).isPositive();
        assertThat(resumed.rowsRead()).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ingest_staged_rows", Long.class)).isZero();
    }

    private void killChildMidLoad(Path file, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IngestChildProcess.class.getName(), TestDatabase.jdbcUrl(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        long copied = 0;
        while (copied == 0 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            copied = copiedRows();
        }
        boolean aliveAtKill = child.isAlive();
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        assertThat(aliveAtKill && copied > 0).as("the child was killed while loading (%d rows copied)", copied)
                .isTrue();
    }

    /** Rows the COPYs in progress have taken so far (nothing is visible in the tables before the commit). */
    private long copiedRows() {
        return jdbc.queryForObject("SELECT COALESCE(sum(tuples_processed), 0) FROM pg_stat_progress_copy",
                Long.class);
    }

    private static IngestSummary ingest(Path file) {
        try (AnnotationConfigApplicationContext context = IngestTestContext.open(TestDatabase.dataSource())) {
            return context.getBean(OrderIngestion.class)
                    .ingest(new IngestRequest(file, IngestFormat.AUTO), ProgressListener.NONE);
        }
    }
}
