package dev.clvops.deploy.cli;

import dev.clvops.monitoring.driftcheck.DriftMonitor;
import dev.clvops.monitoring.retrain.RetrainPolicy;
import dev.clvops.monitoring.simulate.DriftSimulator;
import dev.clvops.platform.UnusableInputException;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.demo.GenerationSummary;
import dev.clvops.platform.demo.GeneratorSettings;
import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.ingest.QuarantinedRow;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.pipeline.TrainingService;
import dev.clvops.training.pipeline.TrainingSettings;
import dev.clvops.training.scoring.ScoringReport;
import dev.clvops.training.scoring.ScoringService;
import java.time.Duration;
import java.time.LocalDate;
import dev.clvops.reports.store.ReportService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Small working ports for CLI tests: they record requests and answer from fixed, known rows. */
class InTestPorts implements Services, OrderIngestion, FeatureStore, DemoDataGenerator, ScoringService {

    final List<Object> requests = new ArrayList<>();
    final List<QuarantinedRow> quarantine = List.of(
            new QuarantinedRow(7, "orders.csv", 3, "c1,2026-13-01,10", "order_date: not a date '2026-13-01'"),
            new QuarantinedRow(7, "orders.csv", 9, "c2,2026-01-01,-5", "order_value: negative '-5'"));
    boolean ingestUnusable;
    boolean noChampion;
    ReportService reports;

    @Override
    public OrderIngestion ingestion() {
        return this;
    }

    @Override
    public FeatureStore featureStore() {
        return this;
    }

    @Override
    public DemoDataGenerator generator() {
        return this;
    }

    /** The account commands run against the real database in UserAndTokenCommandsIT. */
    @Override
    public dev.clvops.deploy.security.UserAccounts users() {
        throw new UnsupportedOperationException("account commands are tested in UserAndTokenCommandsIT");
    }

    @Override
    public dev.clvops.deploy.security.ApiTokens tokens() {
        throw new UnsupportedOperationException("account commands are tested in UserAndTokenCommandsIT");
    }

    @Override
    public TrainingService training() {
        throw new IllegalStateException("train runs against the real platform in TrainCommandIT");
    }

    @Override
    public ModelRegistry registry() {
        throw new IllegalStateException("models and promote run against the real platform in TrainCommandIT");
    }

    @Override
    public TrainingSettings trainingSettings() {
        return TrainingSettings.defaults();

    }

    @Override
    public ScoringService scoring() {
        return this;
    }

    @Override
    public ScoringReport score(@Nullable String family, ProgressListener progress) {
        requests.add(family == null ? "champion of the best family" : family);
        if (noChampion) {
            throw new IllegalStateException("no family has a champion model; train first");
        }
        progress.onProgress(new JobProgress("score-customers", 5, 5, "customers", 50));
        return new ScoringReport(11, new SnapshotId(4), LocalDate.of(2026, 10, 11),
                family == null ? "bgnbd" : family, 2, 180, 5, Duration.ofMillis(1_250));
    }

    @Override
    public ReportService reports() {
        if (reports == null) {
            throw new IllegalStateException("this test wired no report service");
        }
        return reports;
    }

    @Override
    public DriftMonitor driftMonitor() {
        throw new IllegalStateException("monitor runs against the real platform in MonitorCommandIT");
    }

    @Override
    public RetrainPolicy retrainPolicy() {
        throw new IllegalStateException("retrain runs against the real platform in MonitorCommandIT");
    }

    @Override
    public DriftSimulator driftSimulator() {
        throw new IllegalStateException("simulate-drift runs against the real platform in MonitorCommandIT");
    }

    @Override
    public IngestSummary ingest(IngestRequest request, ProgressListener progress) {
        requests.add(request);
        if (ingestUnusable) {
            throw new UnusableInputException(request.file() + ": no recognisable header");
        }
        progress.onProgress(new JobProgress("ingest-orders", 10, 10, "rows", 100));
        IngestFormat format = request.format() == IngestFormat.AUTO ? IngestFormat.ORDERS : request.format();
        return new IngestSummary(7, request.file().getFileName().toString(), format, 10, 7, 1, 2, 3,
                Map.of("order_date: not a date", 1L, "order_value: negative", 1L), false);
    }

    @Override
    public List<QuarantinedRow> quarantine(OptionalLong runId, int offset, int limit) {
        requests.add(runId);
        return quarantine.stream().filter(row -> runId.isEmpty() || row.runId() == runId.getAsLong())
                .skip(offset).limit(limit).toList();
    }

    @Override
    public long exportQuarantine(OptionalLong runId, Path target) {
        write(target, "run_id,file,line,raw,reason\n");
        return quarantine(runId, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public FeatureSnapshot build(SnapshotRequest request, ProgressListener progress) {
        requests.add(request);
        return new FeatureSnapshot(new SnapshotId(3), request.cutoff(), request.horizonDays(), "v1", 5, "abc",
                Instant.parse("2026-11-21T06:00:00Z"));
    }

    @Override
    public Optional<FeatureSnapshot> find(SnapshotId id) {
        return Optional.empty();
    }

    @Override
    public Optional<FeatureSnapshot> latest() {
        return Optional.empty();
    }

    @Override
    public List<FeatureSnapshot> list() {
        return List.of();
    }

    @Override
    public long export(SnapshotId id, Path target, TimeUnit unit) {
        requests.add(unit);
        write(target, "customer_id,frequency,recency,T,monetary_value\n");
        return 5;
    }

    @Override
    public GenerationSummary generate(GeneratorSettings settings, Path ordersFile, ProgressListener progress) {
        requests.add(settings);
        write(ordersFile, "customer_id,order_date,order_value\n");
        return new GenerationSummary(ordersFile, ordersFile.resolveSibling("truth.csv"), settings.customers(),
                settings.customers() * 4L, 0);
    }

    private static void write(Path target, String content) {
        try {
            Files.writeString(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
