package dev.clvops.ui.data;

import dev.clvops.platform.UnusableInputException;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.ingest.QuarantinedRow;
import dev.clvops.platform.job.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ingests uploaded files in the background and pages through the quarantine. */
class DataPresenter {

    private static final Logger log = LoggerFactory.getLogger(DataPresenter.class);

    private final OrderIngestion ingestion;

    DataPresenter(OrderIngestion ingestion) {
        this.ingestion = ingestion;
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

    /** Quarantined rows of every run in file and line order. */
    List<QuarantinedRow> quarantine(int offset, int limit) {
        return ingestion.quarantine(OptionalLong.empty(), offset, limit);
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
