package dev.clvops.training.pipeline;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.platform.registry.PromotionDecision;
import dev.clvops.training.arena.ArenaResult;
import dev.clvops.training.arena.DataHealthReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory state of one run: fitted models cannot travel through Spring Batch's execution context, so the
 * steps of a run share this object (looked up by the run key); {@code training_runs} keeps the durable record.
 */
final class TrainingState {

    static final List<String> STEPS = List.of("snapshot", "gate", "fit", "arena", "register", "promote");

    final long runId;
    final long seed;
    final TrainingSettings settings;
    final ProgressListener progress;
    final Map<String, FamilyOutcome> families = new LinkedHashMap<>();
    final List<PromotionDecision> decisions = new ArrayList<>();
    final Map<String, Double> durations = new LinkedHashMap<>();
    @Nullable FeatureSnapshot snapshot;
    @Nullable TrainingSet set;
    @Nullable TrainingSet xgboostSet;
    @Nullable DataHealthReport gate;
    @Nullable ArenaResult arena;
    String registryStatus = "READY";
    long jobExecutionId;
    private final long started = System.nanoTime();

    TrainingState(long runId, long seed, TrainingSettings settings, List<String> families,
                  ProgressListener progress) {
        this.runId = runId;
        this.seed = seed;
        this.settings = settings;
        this.progress = progress;
        families.forEach(family -> this.families.put(family, new FamilyOutcome(family)));
    }

    FeatureSnapshot snapshot() {
        return require(snapshot, "snapshot");
    }

    TrainingSet set() {
        return require(set, "training set");
    }

    DataHealthReport gate() {
        return require(gate, "data-health report");
    }

    List<FamilyOutcome> competitors() {
        return families.values().stream().filter(FamilyOutcome::competes).toList();
    }

    /** Reports a finished step: {@code done} steps of six, the step's name in the job field. */
    void stepDone(String step, double seconds) {
        durations.put(step, seconds);
        double elapsed = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        int done = STEPS.indexOf(step) + 1;
        progress.onProgress(new JobProgress(TrainClvJobConfiguration.JOB + ":" + step, done, STEPS.size(), "steps",
                done / elapsed));
    }

    private static <T> T require(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalStateException("the " + what + " is not ready: an earlier step did not run");
        }
        return value;
    }
}
