package dev.clvops.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.deploy.DeploySettings;
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
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.training.scoring.ScoringReport;
import dev.clvops.training.scoring.ScoringService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPipelineTests {

    private final List<Object> steps = new ArrayList<>();

    @TempDir
    Path dir;
    private LocalDate latestOrder;

    @Test
    void generatesIngestsThenBuildsTrainingAndCurrentSnapshotsFromTheLatestOrder() {
        DemoPipeline pipeline = new DemoPipeline(generator(), new Ingestion(), new Features(),
                () -> Optional.ofNullable(latestOrder), trainer(), scoring(), ProgressListener.NONE);

        DemoPipeline.Result result = pipeline.run(new DeploySettings.Demo(true, 1_000, 24, 42), dir,
                LocalDate.of(2026, 11, 21));

        Path orders = dir.resolve("orders.csv");
        assertThat(steps).containsExactly(
                new GeneratorSettings(1_000, 24, 42, 0.0, LocalDate.of(2024, 11, 1)),
                new IngestRequest(orders, IngestFormat.ORDERS),
                new SnapshotRequest(LocalDate.of(2026, 4, 14), 180),
                new SnapshotRequest(LocalDate.of(2026, 10, 11), 0),
                "train on snapshot 3",
                "score with the best champion");
        assertThat(result.training().horizonDays()).isEqualTo(180);
        assertThat(result.scores().snapshot()).isEqualTo(result.current().id());
        assertThat(result.current().cutoff()).isEqualTo(LocalDate.of(2026, 10, 11));
    }

    private DemoPipeline.Trainer trainer() {
        return (snapshot, progress) -> {
            steps.add("train on snapshot " + snapshot);
            return "trained";
        };
    }

    private ScoringService scoring() {
        return (family, progress) -> {
            steps.add("score with " + (family == null ? "the best champion" : family));
            return new ScoringReport(1, new SnapshotId(4), LocalDate.of(2026, 10, 11), "bgnbd", 1, 180, 1_000,
                    Duration.ofSeconds(1));
        };
    }

    private DemoDataGenerator generator() {
        return (settings, ordersFile, progress) -> {
            steps.add(settings);
            return new GenerationSummary(ordersFile, ordersFile.resolveSibling("truth.csv"), settings.customers(),
                    4_000, 0);
        };
    }

    private final class Ingestion implements OrderIngestion {
        @Override
        public IngestSummary ingest(IngestRequest request, ProgressListener progress) {
            steps.add(request);
            latestOrder = LocalDate.of(2026, 10, 11);
            return new IngestSummary(1, "orders.csv", IngestFormat.ORDERS, 4_000, 4_000, 0, 0, 1_000, Map.of(), false);
        }

        @Override
        public List<QuarantinedRow> quarantine(OptionalLong runId, int offset, int limit) {
            return List.of();
        }

        @Override
        public long exportQuarantine(OptionalLong runId, Path target) {
            return 0;
        }
    }

    private final class Features implements FeatureStore {
        @Override
        public FeatureSnapshot build(SnapshotRequest request, ProgressListener progress) {
            steps.add(request);
            return new FeatureSnapshot(new SnapshotId(steps.size()), request.cutoff(), request.horizonDays(), "v1",
                    1_000, "sha", Instant.EPOCH);
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
            return 0;
        }
    }
}
