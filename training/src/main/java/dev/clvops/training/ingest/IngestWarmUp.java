package dev.clvops.training.ingest;

import dev.clvops.platform.ingest.IngestFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has the JIT compile the bulk lane before a one-shot ingest needs it. A command-line ingest runs in a fresh JVM,
 * whose first run otherwise goes through interpreted and lightly compiled parser, key-set and encoder code while
 * the compiler threads take CPU from the run and from PostgreSQL: on 2 cores the COPY phase of 1M rows took 1.6–1.9
 * s in a fresh JVM against 1.05 s in a warm one. Started while the application context starts (one core busy), a
 * background thread fingerprints and encodes the head of the file into a throwaway encoder; nothing is stored or
 * kept. {@link #close()} stops it when the run itself starts.
 *
 * <p>Only an {@code orders} file takes the bulk lane, so only its head is encoded. Whatever goes wrong here is left
 * to the run to find and report.
 */
public final class IngestWarmUp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestWarmUp.class);
    /** About 280k rows of a demo file: the parser, key sets and encoder reach C2 in the first 100k. */
    static final long HEAD_BYTES = 24L << 20;
    private static final int FINGERPRINT_BYTES = 8 << 20;
    private static final int BLOCK_BYTES = 4 << 20;

    private final Thread thread;
    private volatile boolean stopped;
    private volatile long rowsEncoded;

    private IngestWarmUp(Path file, IngestFormat format) {
        this.thread = Thread.ofPlatform().daemon().name("ingest-warm-up").unstarted(() -> run(file, format));
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /** Starts warming up on the head of {@code file}, read as {@code format}. */
    public static IngestWarmUp start(Path file, IngestFormat format) {
        IngestWarmUp warmUp = new IngestWarmUp(file, format);
        warmUp.thread.start();
        return warmUp;
    }

    /** Rows of the head encoded so far. */
    long rowsEncoded() {
        return rowsEncoded;
    }

    private void run(Path file, IngestFormat format) {
        long started = System.nanoTime();
        try {
            fingerprintHead(file);
            SourceLayout layout = FormatDetector.detect(file, format, StandardCharsets.UTF_8);
            if (layout.format() == IngestFormat.ORDERS) {
                encodeHead(file, layout);
            }
            LOG.debug("ingest warm-up: {} rows of {} encoded in {} ms", rowsEncoded, file.getFileName(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | IOException e) {
            LOG.debug("ingest warm-up on {} ended early: {}", file.getFileName(), e.toString());
        }
    }

    private void fingerprintHead(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FINGERPRINT_BYTES);
        }
        if (head.length > 0 && !stopped) {
            FileFingerprint.scan(file, new ByteArrayInputStream(head));
        }
    }

    private void encodeHead(Path file, SourceLayout layout) throws IOException {
        BlockEncoder encoder = new BlockEncoder(layout, LocalDate.now(), 0, (int) (HEAD_BYTES / 60));
        EncodedBlock reuse = null;
        try (SourceBlockReader blocks = SourceBlockReader.open(file, layout, BLOCK_BYTES)) {
            for (SourceBlock block = blocks.next(); block != null && !stopped; block = blocks.next()) {
                reuse = encoder.encode(block, reuse);
                rowsEncoded = encoder.tally().read;
                if (blocks.bytesRead() >= HEAD_BYTES) {
                    break;
                }
            }
        }
    }

    /** Stops the warm-up and waits for it (at most one block's encoding). */
    @Override
    public void close() {
        stopped = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: waits until the warm-up has ended on its own. */
    void awaitEnd() throws InterruptedException {
        thread.join();
    }
}
