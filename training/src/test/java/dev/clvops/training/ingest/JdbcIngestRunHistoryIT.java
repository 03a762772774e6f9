package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRun;
import dev.clvops.platform.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class JdbcIngestRunHistoryIT {

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());
    private final JdbcIngestRunHistory history = new JdbcIngestRunHistory(TestDatabase.dataSource());

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.truncateAll();
    }

    @Test
    void listsRunsNewestFirstWithCountsReasonsAndStatus() {
        long first = insert("a.csv", "orders", "COMPLETED", 10, 7, 1, 2, "{\"bad date\": 2}", null);
        long second = insert("b.csv", "cdnow", "FAILED", 0, 0, 0, 0, "{}", "no header");

        List<IngestRun> runs = history.runs(0, 10);

        assertThat(runs).extracting(IngestRun::runId).containsExactly(second, first);
        IngestRun older = runs.get(1);
        assertThat(older.file()).isEqualTo("a.csv");
        assertThat(older.format()).isEqualTo(IngestFormat.ORDERS);
        assertThat(older.status()).isEqualTo("COMPLETED");
        assertThat(List.of(older.rowsRead(), older.loaded(), older.duplicates(), older.quarantined()))
                .containsExactly(10L, 7L, 1L, 2L);
        assertThat(older.reasons()).isEqualTo(Map.of("bad date", 2L));
        assertThat(runs.getFirst().message()).isEqualTo("no header");
        assertThat(runs.getFirst().format()).isEqualTo(IngestFormat.CDNOW);
    }

    @Test
    void pagesThroughTheRunsAndCountsThem() {
        for (int i = 0; i < 5; i++) {
            insert("f" + i + ".csv", "orders", "COMPLETED", 1, 1, 0, 0, "{}", null);
        }

        List<IngestRun> page = history.runs(2, 2);

        assertThat(history.count()).isEqualTo(5);
        assertThat(page).extracting(IngestRun::file).containsExactly("f2.csv", "f1.csv");
    }

    private long insert(String file, String format, String status, long read, long loaded, long duplicates,
                        long quarantined, String reasons, String message) {
        return jdbc.queryForObject("""
                INSERT INTO ingest_runs (file_name, file_sha256, file_bytes, format, status, finished_at, rows_read,
                                         loaded, duplicates, quarantined, reasons, message)
                VALUES (?, 'sha', 1, ?, ?, now(), ?, ?, ?, ?, ?::jsonb, ?) RETURNING run_id""", Long.class,
                file, format, status, read, loaded, duplicates, quarantined, reasons, message);
    }
}
