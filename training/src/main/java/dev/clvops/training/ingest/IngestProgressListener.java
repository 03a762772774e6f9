package dev.clvops.training.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/** After each chunk of {@code loadOrders}: reports rows done, share of bytes read and rows/s, throttled. */
class IngestProgressListener implements ChunkListener<SourceRecord, StagedRow> {

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
}
