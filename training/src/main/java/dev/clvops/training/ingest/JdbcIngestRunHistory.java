package dev.clvops.training.ingest;

import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRun;
import dev.clvops.platform.ingest.IngestRunHistory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link IngestRunHistory} over the {@code ingest_runs} table. */
@Component
public class JdbcIngestRunHistory implements IngestRunHistory {

    private static final String PAGE = """
            SELECT run_id, file_name, format, status, started_at, finished_at, rows_read, loaded, duplicates,
                   quarantined, message,
                   ARRAY(SELECT key FROM jsonb_each_text(reasons) ORDER BY value::bigint DESC, key) AS reason_keys,
                   ARRAY(SELECT value::bigint FROM jsonb_each_text(reasons) ORDER BY value::bigint DESC, key)
                       AS reason_counts
            FROM ingest_runs ORDER BY run_id DESC LIMIT ? OFFSET ?""";

    private final JdbcTemplate jdbc;

    JdbcIngestRunHistory(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public List<IngestRun> runs(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        return jdbc.query(PAGE, (rs, i) -> run(rs), limit, offset);
    }

    @Override
    public long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM ingest_runs", Long.class);
        return count == null ? 0 : count;
    }

    private static IngestRun run(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new IngestRun(rs.getLong("run_id"), rs.getString("file_name"),
                IngestFormat.fromCliName(rs.getString("format")), rs.getString("status"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getLong("rows_read"), rs.getLong("loaded"), rs.getLong("duplicates"), rs.getLong("quarantined"),
                reasons(rs), rs.getString("message"));
    }

    private static Map<String, Long> reasons(ResultSet rs) throws SQLException {
        String[] keys = (String[]) rs.getArray("reason_keys").getArray();
        Long[] counts = (Long[]) rs.getArray("reason_counts").getArray();
        Map<String, Long> reasons = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            reasons.put(keys[i], counts[i]);
        }
        return reasons;
    }
}
