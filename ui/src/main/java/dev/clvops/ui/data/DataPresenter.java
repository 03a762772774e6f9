package dev.clvops.ui.data;

import dev.clvops.platform.UnusableInputException;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestRun;
import dev.clvops.platform.ingest.IngestRunHistory;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.ingest.QuarantinedRow;
import dev.clvops.platform.job.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ingests uploaded files in the background, pages through the recorded ingest runs and their quarantine. */
class DataPresenter {

    private static final Logger log = LoggerFactory.getLogger(DataPresenter.class);

    private final OrderIngestion ingestion;
    private final IngestRunHistory history;

    DataPresenter(OrderIngestion ingestion, IngestRunHistory history) {
        this.ingestion = ingestion;
        this.history = history;
    }

    /** One page of the ingest runs, newest first. */
    List<IngestRun> runs(int offset, int limit) {
        return history.runs(offset, limit);
    }

    int runCount() {
        return (int) Math.min(Integer.MAX_VALUE, history.count());
    }

    /** The quarantine reasons of a run, most frequent first, as "reason: rows" lines. */
    static List<String> reasons(IngestRun run) {
        return run.reasons().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getKey() + ": " + entry.getValue() + (entry.getValue() == 1 ? " row" : " rows"))
                .toList();
    }

    /** Writes the quarantined rows of one run (or of all when {@code runId} is empty) as CSV to {@code out}. */
    long exportQuarantine(OptionalLong runId, OutputStream out) {
        try {
            Path file = Files.createTempFile("clvops-quarantine", ".csv");
            try {
                long rows = ingestion.exportQuarantine(runId, file);
                Files.copy(file, out);
                return rows;
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the quarantine", e);
        }
    }

    /**
     * Moves the uploaded {@code upload} to a file named {@code fileName} and ingests it on a virtual thread, telling
     * {@code progress}, then {@code done} or {@code failed} (with a message for the user).
     */
    void ingest(String fileName, Path upload, ProgressListener progress, Consumer<IngestSummary> done,
                Consumer<String> failed) {
        Path file = named(fileName, upload);
        Thread.ofVirtual().name("ui-ingest").start(() -> {
            try {
                done.accept(ingestion.ingest(new IngestRequest(file, IngestFormat.AUTO), progress));
            } catch (UnusableInputException e) {
                failed.accept(e.getMessage());
            } catch (RuntimeException e) {
                log.error("Ingesting upload {} failed", fileName, e);
                failed.accept("Ingesting " + fileName + " failed; the server log has the details.");
            }
        });
    }

    /** Quarantined rows of one run, or of every run when {@code runId} is empty, in file and line order. */
    List<QuarantinedRow> quarantine(OptionalLong runId, int offset, int limit) {
        return ingestion.quarantine(runId, offset, limit);
    }

    private static Path named(String fileName, Path upload) {
        String safe = Path.of(fileName).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            Path directory = Files.createTempDirectory("clvops-upload");
            return Files.move(upload, directory.resolve(safe.isBlank() ? "upload.csv" : safe),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload " + fileName, e);
        }
    }
}
