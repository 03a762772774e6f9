package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** Both ingest lanes share the stored combinations of channel, category, ... ({@code order_attributes}). */
class OrderAttributesIT {

    private static final String COMBINATIONS = """
            SELECT concat_ws('|', attributes_id, channel, category, acquisition_source, campaign, country, currency)
            FROM order_attributes ORDER BY 1""";

    @RegisterExtension
    static final IngestTestContext.PerClass INGEST = new IngestTestContext.PerClass();
    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());
    private final IngestLanes lanes = new IngestLanes(INGEST, jdbc);

    @TempDir
    Path dir;

    @Test
    void reusesTheAttributeCombinationsThatEarlierRunsOfEitherLaneStored() throws Exception {
        lanes.staged(Files.writeString(dir.resolve("first.csv"), BulkLaneIT.FIRST, StandardCharsets.UTF_8));
        List<String> stored = jdbc.queryForList(COMBINATIONS, String.class);

        lanes.bulk(Files.writeString(dir.resolve("second.csv"), BulkLaneIT.SECOND, StandardCharsets.UTF_8));

        // each combination once, numbered 1..n, earlier ones unchanged; u9's order has none of the six values
        assertThat(jdbc.queryForList(COMBINATIONS, String.class)).containsAll(stored)
                .hasSizeGreaterThan(stored.size());
        assertThat(jdbc.queryForObject("SELECT max(attributes_id) = count(*) FROM order_attributes", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForList("SELECT order_id FROM orders WHERE attributes_id IS NULL", String.class))
                .containsExactly("orders:o21");
    }
}
