package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.UnusableInputException;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.testing.TestDatabase;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every file under ingest/malformed has its expected outcome in expected.csv next to it. */
class MalformedFilesIT {

    @RegisterExtension
    static final IngestTestContext.PerClass INGEST = new IngestTestContext.PerClass();
    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvFileSource(resources = "/ingest/malformed/expected.csv", delimiter = '|', nullValues = "")
    void ingestsEachMalformedFileAsExpected(String file, String outcome, String detail, String reasons)
            throws Exception {
        IngestRequest request = new IngestRequest(IngestOrdersJobIT.resource("malformed/" + file), IngestFormat.AUTO);

        if (outcome.equals("unusable")) {
            assertThatThrownBy(() -> INGEST.ingestion().ingest(request, ProgressListener.NONE))
                    .isInstanceOf(UnusableInputException.class).hasMessageContaining(detail);
            assertThat(jdbc.queryForObject("SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM "
                    + "quarantined_rows) + (SELECT count(*) FROM ingest_staged_rows)", Long.class)).isZero();
            return;
        }
        IngestSummary summary = INGEST.ingestion().ingest(request, ProgressListener.NONE);

        long[] counts = Arrays.stream(detail.split("/")).mapToLong(Long::parseLong).toArray();
        assertThat(new long[] {summary.rowsRead(), summary.loaded(), summary.duplicates(), summary.quarantined()})
                .containsExactly(counts);
        assertThat(summary.reasons()).containsExactlyInAnyOrderEntriesOf(parse(reasons));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM quarantined_rows", Long.class))
                .isEqualTo(summary.quarantined());
    }

    private static Map<String, Long> parse(String reasons) {
        Map<String, Long> expected = new HashMap<>();
        if (reasons != null) {
            for (String entry : reasons.split(";")) {
                String[] pair = entry.split("=");
                expected.put(pair[0], Long.parseLong(pair[1]));
            }
        }
        return expected;
    }
}
