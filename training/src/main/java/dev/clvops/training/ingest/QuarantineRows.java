package dev.clvops.training.ingest;

import dev.clvops.platform.ingest.QuarantinedRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads quarantined rows page by page and exports them as CSV ({@code file,line,reason,raw}). */
final class QuarantineRows {

    private static final String SELECT = "SELECT run_id, file_name, line_number, raw, reason FROM quarantined_rows ";
    private static final RowMapper<QuarantinedRow> ROW = (rs, i) -> new QuarantinedRow(rs.getLong(1),
            rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5));

    private final JdbcTemplate jdbc;

    QuarantineRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<QuarantinedRow> page(OptionalLong runId, int offset, int limit) {
        String order = " ORDER BY run_id, line_number, id LIMIT ? OFFSET ?";
        return runId.isPresent()
                ? jdbc.query(SELECT + "WHERE run_id = ?" + order, ROW, runId.getAsLong(), limit, offset)
                : jdbc.query(SELECT + order, ROW, limit, offset);
    }

    long export(OptionalLong runId, Path target) {
        AtomicLong count = new AtomicLong();
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
            out.write("file,line,reason,raw\r\n");
            String sql = SELECT + (runId.isPresent() ? "WHERE run_id = " + runId.getAsLong() : "")
                    + " ORDER BY run_id, line_number, id";
            jdbc.query(sql, rs -> {
                writeRow(out, ROW.mapRow(rs, 0));
                count.incrementAndGet();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return count.get();
    }

    private static void writeRow(Writer out, QuarantinedRow row) {
        try {
            out.write(csv(row.file()) + "," + row.lineNumber() + "," + csv(row.reason()) + "," + csv(row.raw())
                    + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quarantine row", e);
        }
    }

    /** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
    static String csv(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
