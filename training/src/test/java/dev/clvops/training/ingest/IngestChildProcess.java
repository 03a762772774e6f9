package dev.clvops.training.ingest;

import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import java.nio.file.Path;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Ingests one file in a JVM of its own: {@code <jdbcUrl> <file>}. The restart IT kills it mid-load; run by hand
 * it also measures throughput (the summary line gives rows/s).
 */
public final class IngestChildProcess {

    private IngestChildProcess() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[0]);
        try (AnnotationConfigApplicationContext context = IngestTestContext.open(dataSource)) {
            long start = System.nanoTime();
            IngestSummary summary = context.getBean(OrderIngestion.class)
                    .ingest(new IngestRequest(Path.of(args[1]), IngestFormat.AUTO), ProgressListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("SUMMARY %s in %.2f s = %.0f rows/s%n", summary, seconds, summary.rowsRead() / seconds);
        }
    }
}
