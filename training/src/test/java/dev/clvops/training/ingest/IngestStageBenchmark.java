package dev.clvops.training.ingest;

import dev.clvops.platform.ingest.IngestFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The ingest's parts alone, for {@link IngestBenchmark}: reading + validating a file (no database), encoding the
 * staged rows as COPY text, and one COPY of that text into the staging table (then emptied). Prints rows/s and
 * CPU seconds of each.
 */
final class IngestStageBenchmark {

    private IngestStageBenchmark() {
    }

    static void run(Path file, DataSource dataSource) throws Exception {
        for (int round = 0; round < 2; round++) {
            // the first round warms the JIT; the second is printed
            runOnce(file, dataSource, round == 1);
        }
    }

    private static void runOnce(Path file, DataSource dataSource, boolean print) throws Exception {
        SourceLayout layout = FormatDetector.detect(file, IngestFormat.ORDERS, StandardCharsets.UTF_8);
        long[] start = mark();
        FileFingerprint.of(file);
        start = report(print, "fingerprint (SHA-256, charset)", 1_000_000, start);
        BlockEncoder encoder = new BlockEncoder(layout, LocalDate.now(), 0, 1 << 20);
        long encodedBytes = 0;
        try (SourceBlockReader blocks = SourceBlockReader.open(file, layout, 4 << 20)) {
            for (SourceBlock block = blocks.next(); block != null; block = blocks.next()) {
                encodedBytes += encoder.encode(block).orders.size();
            }
        }
        report(print, "bulk lane: read + validate + encode (" + encodedBytes / 1_000_000 + " MB)",
                (int) encoder.tally().read, start);
        if (System.getProperty("bench.stages").equals("bulk")) {
            return;
        }
        OrderFileReader reader = new OrderFileReader(file, layout);
        StagingRowProcessor processor = new StagingRowProcessor(RowMapper.forLayout(layout, LocalDate.now()));
        java.util.List<StagedRow> rows = new java.util.ArrayList<>(1 << 20);
        long[] mark = mark();
        reader.open(new ExecutionContext());
        for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
            rows.add(processor.process(record));
        }
        reader.close();
        mark = report(print, "parse + validate", rows.size(), mark);
        ByteArrayOutputStream text = new ByteArrayOutputStream(rows.size() * 160);
        StringBuilder chunk = new StringBuilder(1 << 20);
        for (int i = 0; i < rows.size(); i++) {
            CopyText.append(chunk, 0, rows.get(i));
            if (i % 10_000 == 9_999 || i == rows.size() - 1) {
                text.writeBytes(chunk.toString().getBytes(StandardCharsets.UTF_8));
                chunk.setLength(0);
            }
        }
        mark = report(print, "encode COPY text", rows.size(), mark);
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY ingest_staged_rows ("
                    + StagingColumn.copyColumns() + ") FROM STDIN", new ByteArrayInputStream(text.toByteArray()));
            report(print, "COPY into staging (JVM + PostgreSQL wall)", rows.size(), mark);
            connection.createStatement().execute("TRUNCATE ingest_staged_rows");
        }
    }

    private static long[] mark() {
        return new long[] {System.nanoTime(), cpuNanos()};
    }

    private static long[] report(boolean print, String what, int rows, long[] from) {
        long[] now = mark();
        double wall = (now[0] - from[0]) / 1e9;
        if (print) {
            System.out.printf(Locale.ROOT, "  %-42s %,10.0f rows/s  wall %5.2f s  jvm cpu %5.2f s%n", what,
                    rows / wall, wall, (now[1] - from[1]) / 1e9);
        }
        return mark();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
