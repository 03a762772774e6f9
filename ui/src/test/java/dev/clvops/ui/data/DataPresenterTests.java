package dev.clvops.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRun;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataPresenterTests {

    @Test
    void reasonsListTheMostFrequentFirstWithTheirRowCounts() {
        IngestRun run = new IngestRun(7, "orders.csv", IngestFormat.ORDERS, "COMPLETED", Instant.EPOCH, Instant.EPOCH,
                10, 6, 0, 4, Map.of("order_date: cannot parse as a date", 1L, "order_value: not a number", 3L), null);

        assertThat(DataPresenter.reasons(run)).containsExactly("order_value: not a number: 3 rows",
                "order_date: cannot parse as a date: 1 row");
    }
}
