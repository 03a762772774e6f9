package dev.clvops.deploy.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.job.JobProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottledProgressTests {

    private final List<String> lines = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final ThrottledProgress progress = new ThrottledProgress(lines::add, Duration.ofSeconds(1), nanos::get);

    @Test
    void reportsAtMostOncePerIntervalButAlwaysTheEnd() {
        progress.onProgress(new JobProgress("ingest-orders", 10, 100, "rows", 50));
        nanos.set(500_000_000);
        progress.onProgress(new JobProgress("ingest-orders", 20, 100, "rows", 50));
        nanos.set(1_100_000_000);
        progress.onProgress(new JobProgress("ingest-orders", 60, 100, "rows", 50));
        progress.onProgress(new JobProgress("ingest-orders", 100, 100, "rows", 50));

        assertThat(lines).containsExactly(
                "ingest-orders:  10% 10/100 rows (50 rows/s)",
                "ingest-orders:  60% 60/100 rows (50 rows/s)",
                "ingest-orders: 100% 100/100 rows (50 rows/s)");
    }

    @Test
    void unknownTotalsShowCountsOnly() {
        assertThat(ThrottledProgress.format(new JobProgress("build-features", 12_345, -1, "customers", 4_000.4)))
                .isEqualTo("build-features: 12,345 customers (4,000 customers/s)");
    }

    @Test
    void aStageIsShownAtOnceAfterTheCounts() {
        progress.onProgress(new JobProgress("ingest-orders", 10, 100, "rows", 50));
        nanos.set(100_000_000);
        progress.onProgress(new JobProgress("ingest-orders", 90, 100, "rows", 50, "building keys"));

        assertThat(lines).containsExactly("ingest-orders:  10% 10/100 rows (50 rows/s)",
                "ingest-orders:  90% 90/100 rows (50 rows/s), building keys");
    }

    @Test
    void theSameEndReportedTwiceIsShownOnce() {
        progress.onProgress(new JobProgress("ingest-orders", 100, 100, "rows", 400, "merging into the stored orders"));
        progress.onProgress(new JobProgress("ingest-orders", 100, 100, "rows", 85));
        progress.onProgress(new JobProgress("ingest-orders", 100, 100, "rows", 84));

        assertThat(lines).containsExactly(
                "ingest-orders: 100% 100/100 rows (400 rows/s), merging into the stored orders",
                "ingest-orders: 100% 100/100 rows (85 rows/s)");
    }
}
