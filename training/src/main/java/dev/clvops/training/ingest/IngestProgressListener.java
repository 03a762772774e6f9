package dev.clvops.training.ingest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * After each chunk of {@code loadOrders}: reports rows done, share of bytes read and rows/s, throttled; when the step
 * has read every row, reports that the merge ({@code mergeOrders}) comes next.
 */
class IngestProgressListener implements ChunkListener<SourceRecord, StagedRow>, StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(IngestProgressListener.class);
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final OrderFileReader reader;
    private final ProgressThrottle throttle;
    private long rows;

    IngestProgressListener(OrderFileReader reader, IngestProgressRegistry registry, long runId, long totalBytes) {
        this.reader = reader;
        this.throttle = new ProgressThrottle(IngestOrdersJobConfiguration.JOB_NAME, totalBytes, INTERVAL_NANOS,
                System.nanoTime(), registry.listener(runId), LOG::info);
    }

    @Override
    public void afterChunk(Chunk<StagedRow> chunk) {
        rows += chunk.size();
        throttle.update(rows, reader.bytesRead(), System.nanoTime());
    }

    @Override
    public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            throttle.report(rows, reader.bytesRead(), System.nanoTime(), "merging into the stored orders");
        }
        return stepExecution.getExitStatus();
    }
}
