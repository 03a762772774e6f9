package dev.clvops.monitoring.scheduler;

import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.monitoring.PipelineStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Ingests every regular file in the watched folder (name order) and moves it to {@code ingested/} afterwards. */
final class WatchedFolderIngest implements PipelineStep {

    private final OrderIngestion ingestion;
    private final Path folder;

    WatchedFolderIngest(OrderIngestion ingestion, Path folder) {
        this.ingestion = ingestion;
        this.folder = folder;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public int order() {
        return INGEST;
    }

    @Override
    public String run(ProgressListener progress) {
        List<Path> files = files();
        long loaded = 0;
        for (Path file : files) {
            loaded += ingestion.ingest(new IngestRequest(file, IngestFormat.AUTO), progress).loaded();
            move(file);
        }
        return files.size() + " files, " + loaded + " rows loaded";
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the watched folder " + folder, e);
        }
    }

    private void move(Path file) {
        try {
            Path done = Files.createDirectories(folder.resolve("ingested"));
            Files.move(file, done.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move ingested file " + file, e);
        }
    }
}
