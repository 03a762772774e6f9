package dev.clvops.deploy.demo;

import dev.clvops.deploy.DeploySettings;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.demo.GenerationSummary;
import dev.clvops.platform.demo.GeneratorSettings;
import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.training.scoring.ScoringReport;
import dev.clvops.training.scoring.ScoringService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo pipeline, one method per step: generate demo orders, ingest them, build a training snapshot (cutoff =
 * latest order - 180 days, horizon 180 days) and an as-of-now snapshot (cutoff = latest order, no horizon), train
 * every family on the training snapshot (promoting champions) and score every customer with the champion.
 */
public final class DemoPipeline {

    /** The demo's evaluation horizon in days. */
    public static final int HORIZON_DAYS = 180;
    private static final Logger log = LoggerFactory.getLogger(DemoPipeline.class);

    private final DemoDataGenerator generator;
    private final OrderIngestion ingestion;
    private final FeatureStore features;
    private final OrderCalendar calendar;
    private final Trainer trainer;
    private final ScoringService scoring;
    private final ProgressListener progress;

    /** Trains every family on a snapshot (the {@code train-clv} job); one line of what it did for the log. */
    @FunctionalInterface
    interface Trainer {
        String train(SnapshotId snapshot, ProgressListener progress);
    }

    DemoPipeline(DemoDataGenerator generator, OrderIngestion ingestion, FeatureStore features, OrderCalendar calendar,
                 Trainer trainer, ScoringService scoring, ProgressListener progress) {
        this.generator = generator;
        this.ingestion = ingestion;
        this.features = features;
        this.calendar = calendar;
        this.trainer = trainer;
        this.scoring = scoring;
        this.progress = progress;
    }

    /** What a run produced. */
    record Result(GenerationSummary data, IngestSummary ingest, FeatureSnapshot training, FeatureSnapshot current,
                  ScoringReport scores) {
    }

    /** Runs every step with {@code settings}, writing demo files under {@code directory}. */
    Result run(DeploySettings.Demo settings, Path directory, LocalDate today) {
        GenerationSummary data = generate(settings, directory, today);
        IngestSummary ingest = ingest(data.ordersFile());
        LocalDate latest = calendar.latestOrderDate()
                .orElseThrow(() -> new IllegalStateException("no orders stored after ingesting " + data.ordersFile()));
        FeatureSnapshot training = snapshot(latest.minusDays(HORIZON_DAYS), HORIZON_DAYS);
        FeatureSnapshot current = snapshot(latest, 0);
        log.info("Demo step 5/6: training every family on snapshot {}", training.id());
        log.info("Trained: {}", trainer.train(training.id(), progress));
        log.info("Demo step 6/6: scoring every customer with the champion");
        ScoringReport scores = scoring.score(null, progress);
        log.info("Demo pipeline done: {} customers, training snapshot {}, current snapshot {}, scoring run {} ({} v{})",
                ingest.customers(), training.id(), current.id(), scores.scoringRunId(), scores.family(),
                scores.modelVersion());
        return new Result(data, ingest, training, current, scores);
    }

    private GenerationSummary generate(DeploySettings.Demo settings, Path directory, LocalDate today) {
        LocalDate start = today.withDayOfMonth(1).minusMonths(settings.months());
        log.info("Demo step 1/6: generating {} customers over {} months from {}", settings.customers(),
                settings.months(), start);
        createDirectories(directory);
        return generator.generate(new GeneratorSettings(settings.customers(), settings.months(), settings.seed(), 0.0,
                start), directory.resolve("orders.csv"), progress);
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo directory " + directory, e);
        }
    }

    private IngestSummary ingest(Path orders) {
        log.info("Demo step 2/6: ingesting {}", orders);
        IngestSummary summary = ingestion.ingest(new IngestRequest(orders, IngestFormat.ORDERS), progress);
        log.info("Ingested run {}: {} rows read, {} loaded, {} quarantined", summary.runId(), summary.rowsRead(),
                summary.loaded(), summary.quarantined());
        return summary;
    }

    private FeatureSnapshot snapshot(LocalDate cutoff, int horizonDays) {
        log.info("Demo step {}: feature snapshot at cutoff {} with horizon {} days", horizonDays > 0 ? "3/6" : "4/6",
                cutoff, horizonDays);
        return features.build(new SnapshotRequest(cutoff, horizonDays), progress);
    }
}
