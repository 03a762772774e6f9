package dev.clvops.training.registry;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.model.ModelProvenance;
import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.platform.registry.TrainingRun;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

/** Small training runs for registry tests. */
public final class TrainingRuns {

    private TrainingRuns() {
    }

    public static ModelProvenance provenance(String family, long snapshot) {
        return new ModelProvenance(family, new SnapshotId(snapshot), LocalDate.of(1997, 9, 30), 180, "fs-2",
                Map.of("penalizer", "0.001", "max_iterations", "200"), 42L, "0.1.0-test",
                Instant.parse("2026-11-21T06:00:00Z"));
    }

    /** A run on snapshot 7 with the given RMSE; its model file is 4 KiB of seeded random bytes. */
    public static TrainingRun run(String family, double rmse) {
        return run(family, 7, rmse);
    }

    public static TrainingRun run(String family, long snapshot, double rmse) {
        return new TrainingRun(provenance(family, snapshot), Map.of("rmse", rmse, "mae", rmse / 2),
                java.util.List.of(new ModelArtifact("model.bin", modelBytes((long) (rmse * 1000)), "application/octet-stream"),
                        new ModelArtifact("feature-schema.json",
                                "{\"columns\":[\"frequency\",\"recency\",\"T\"]}".getBytes(StandardCharsets.UTF_8),
                                "application/json"),
                        new ModelArtifact("evaluation.csv", "decile,actual,predicted\n1,10.5,9.75\n"
                                .getBytes(StandardCharsets.UTF_8), "text/csv")));
    }

    public static byte[] modelBytes(long seed) {
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
