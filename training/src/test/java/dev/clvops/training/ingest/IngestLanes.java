package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.job.ProgressListener;
import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ingests an {@code orders} file through either lane of {@code ingest-orders}. The staging lane is forced by starting
 * the job with an ASCII-compatible charset outside the bulk lane's list (ISO-8859-15), which reads ASCII files
 * exactly as UTF-8 does.
 */
record IngestLanes(IngestTestContext.PerClass ingest, JdbcTemplate jdbc) {

    IngestSummary bulk(Path file) {
        return ingest.ingestion().ingest(new IngestRequest(file, IngestFormat.AUTO), ProgressListener.NONE);
    }

    /** Runs the job as {@link JdbcOrderIngestion} does, but with a charset that sends it through staging. */
    IngestSummary staged(Path file) throws Exception {
        IngestRuns runs = new IngestRuns(jdbc);
        FileFingerprint print = FileFingerprint.of(file);
        long runId = runs.start(file.getFileName().toString(), print, IngestFormat.ORDERS);
        var execution = ingest.bean(JobOperator.class).start(ingest.bean(Job.class),
                new JobParametersBuilder().addString("file", file.toAbsolutePath().toString())
                        .addString("fileName", file.getFileName().toString()).addString("format", "orders")
                        .addString("charset", "ISO-8859-15").addLong("fileBytes", print.bytes())
                        .addLong(IngestOrdersJobConfiguration.RUN_ID, runId).toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return runs.summary(runId);
    }
}
