package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.job.JobProgress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressThrottleTests {

    @Test
    void reportsAtMostOncePerIntervalWithRowsRateAndExtrapolatedTotal() {
        List<JobProgress> reports = new ArrayList<>();
        List<String> log = new ArrayList<>();
        ProgressThrottle throttle = new ProgressThrottle("ingest-orders", 1_000, 250, 0, reports::add, log::add);

        throttle.update(100, 100, 100);
        throttle.update(500, 250, 1_000_000_000L);
        throttle.update(600, 300, 1_000_000_100L);

        assertThat(reports).hasSize(1);
        assertThat(reports.getFirst().done()).isEqualTo(500);
        assertThat(reports.getFirst().total()).isEqualTo(2_000);
        assertThat(reports.getFirst().fraction()).isEqualTo(0.25);
        assertThat(reports.getFirst().ratePerSecond()).isEqualTo(500.0);
        assertThat(log.getFirst()).contains("500 rows", "25.0% of 1,000 bytes", "500 rows/s");
    }
}
