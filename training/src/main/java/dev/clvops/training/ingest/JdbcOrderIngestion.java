package dev.clvops.training.ingest;

import dev.clvops.platform.UnusableInputException;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.ingest.QuarantinedRow;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link OrderIngestion} on PostgreSQL: runs the {@code ingest-orders} job synchronously, one ingest at a time. */
@Component
public class JdbcOrderIngestion implements OrderIngestion {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcOrderIngestion.class);

    private final DataSource dataSource;
    private final JobOperator jobOperator;
    private final Job job;
    private final IngestProgressRegistry progress;
    private final IngestRuns runs;
    private final QuarantineRows quarantine;

    JdbcOrderIngestion(DataSource dataSource, JobOperator jobOperator, @Qualifier("ingestOrdersJob") Job job,
                       IngestProgressRegistry progress) {
        this.dataSource = dataSource;
        this.jobOperator = jobOperator;
        this.job = job;
        this.progress = progress;
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        this.runs = new IngestRuns(jdbc);
        this.quarantine = new QuarantineRows(jdbc);
    }

    @Override
    public IngestSummary ingest(IngestRequest request, ProgressListener listener) {
        try (IngestLock lock = IngestLock.acquire(dataSource)) {
            List<Long> abandoned = runs.abandonStale();
            if (!abandoned.isEmpty()) {
                LOG.warn("marked interrupted ingest runs {} as ABANDONED and removed their staged rows", abandoned);
            }
            Path file = request.file();
            String name = file.getFileName().toString();
            FileFingerprint print = FileFingerprint.of(file);
            var prior = runs.original(print.sha256());
            if (prior.isPresent()) {
                long runId = runs.recordRepeat(name, print, prior.get());
                LOG.info("{} has the same content as run {}: nothing added (run {})", name, prior.get().runId(), runId);
                return runs.summary(runId);
            }
            SourceLayout layout = detect(file, request, print);
            return run(file, layout, print, listener);
        }
    }

    /**
     * What to do about a run that ran out of heap: a run keeps the keys of its orders and customers in memory (about
     * 100 bytes per row), so a file that large needs a larger heap; empty for other failures.
     */
    static String memoryHint(List<Throwable> failures) {
        if (failures.stream().noneMatch(f -> f instanceof OutOfMemoryError)) {
            return "";
        }
        long heap = Runtime.getRuntime().maxMemory();
        return String.format(Locale.ROOT, " (a run keeps about 100 bytes per row in memory and this JVM may use %,d MB;"
                + " nothing was stored: give it more, e.g. CLVOPS_JAVA_OPTS=-Xmx%dg)", heap >> 20,
                Math.max(1, (2 * heap + (1L << 30) - 1) >> 30));
    }

    private SourceLayout detect(Path file, IngestRequest request, FileFingerprint print) {
        try {
            return FormatDetector.detect(file, request.format(), java.nio.charset.Charset.forName(print.charset()));
        } catch (UnusableInputException e) {
            runs.recordFailed(file.getFileName().toString(), print, request.format(), e.getMessage());
            throw e;
        }
    }

    private IngestSummary run(Path file, SourceLayout layout, FileFingerprint print, ProgressListener listener) {
        long runId = runs.start(layout.fileName(), print, layout.format());
        progress.register(runId, listener);
        long started = System.nanoTime();
        try {
            JobExecution execution = jobOperator.start(job, parameters(file, layout, print, runId));
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                String message = "ingest of " + layout.fileName() + " failed: " + execution.getAllFailureExceptions()
                        + memoryHint(execution.getAllFailureExceptions());
                runs.markFailed(runId, message);
                throw new IllegalStateException(message);
            }
        } catch (org.springframework.batch.core.job.parameters.InvalidJobParametersException
                 | org.springframework.batch.core.launch.JobExecutionAlreadyRunningException
                 | org.springframework.batch.core.launch.JobRestartException
                 | org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException e) {
            runs.markFailed(runId, e.getMessage());
            throw new IllegalStateException("cannot start ingest of " + layout.fileName(), e);
        } finally {
            progress.remove(runId);
        }
        return finish(runId, started, listener);
    }

    private IngestSummary finish(long runId, long started, ProgressListener listener) {
        IngestSummary summary = runs.summary(runId);
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = summary.rowsRead() / Math.max(seconds, 1e-9);
        listener.onProgress(new JobProgress(IngestOrdersJobConfiguration.JOB_NAME, summary.rowsRead(),
                summary.rowsRead(), "rows", rate));
        LOG.info("ingested {} ({}): {} rows read, {} loaded, {} duplicates, {} quarantined in {} s ({} rows/s)",
                summary.file(), summary.format().cliName(), summary.rowsRead(), summary.loaded(),
                summary.duplicates(), summary.quarantined(), String.format("%.2f", seconds), Math.round(rate));
        return summary;
    }

    private static JobParameters parameters(Path file, SourceLayout layout, FileFingerprint print, long runId) {
        return new JobParametersBuilder().addString("file", file.toAbsolutePath().toString())
                .addString("fileName", layout.fileName()).addString("format", layout.format().cliName())
                .addString("charset", print.charset()).addLong("fileBytes", print.bytes())
                .addLong(IngestOrdersJobConfiguration.RUN_ID, runId).toJobParameters();
    }

    @Override
    public List<QuarantinedRow> quarantine(OptionalLong runId, int offset, int limit) {
        return quarantine.page(runId, offset, limit);
    }

    @Override
    public long exportQuarantine(OptionalLong runId, Path target) {
        return quarantine.export(runId, target);
    }
}
