package dev.clvops.training.pipeline;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.training.xgboost.XgboostClvModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Trains CLV models: runs the {@code train-clv} job synchronously and reports what it fitted, scored and promoted. */
@Service
public class TrainingService {

    private final JobOperator jobOperator;
    private final Job job;
    private final TrainingStates states;
    private final TrainingRunRepository runs;
    private final TrainingSettings settings;
    private final SnapshotResolver snapshots;

    TrainingService(JobOperator jobOperator, @Qualifier("trainClvJob") Job job, TrainingStates states,
                    TrainingRunRepository runs, TrainingSettings settings, SnapshotResolver snapshots) {
        this.jobOperator = jobOperator;
        this.snapshots = snapshots;
        this.job = job;
        this.states = states;
        this.runs = runs;
        this.settings = settings;
    }

    public TrainingReport train(TrainingRequest request, ProgressListener progress) {
        List<String> families = request.families().isEmpty() ? settings.families() : request.families();
        long seed = request.seed() != null ? request.seed() : settings.seed();
        int horizonDays = request.horizonDays() != null ? request.horizonDays() : settings.defaultHorizonDays();
        long runId = runs.start(requestDocument(request, families, seed, horizonDays));
        TrainingState state = new TrainingState(runId, seed, settings, families, progress);
        String run = UUID.randomUUID().toString();
        states.open(run, state);
        try {
            FeatureSnapshot holdout = snapshots.holdout(request.snapshot() == null ? null : request.snapshot().value(),
                    request.cutoff(), horizonDays, progress);
            Optional<FeatureSnapshot> earlier = families.contains(XgboostClvModel.FAMILY)
                    ? snapshots.earlier(holdout, progress) : Optional.empty();
            JobExecution execution = jobOperator.start(job, parameters(run, runId, holdout, earlier));
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw failed(runId, execution.getAllFailureExceptions().stream().map(Throwable::getMessage)
                        .toList().toString(), execution.getAllFailureExceptions());
            }
            return finish(state);
        } catch (JobExecutionException e) {
            throw failed(runId, "cannot start " + TrainClvJobConfiguration.JOB + ": " + e.getMessage(), List.of(e));
        } catch (RuntimeException e) {
            runs.fail(runId, e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        } finally {
            states.close(run);
        }
    }

    private TrainingReport finish(TrainingState state) {
        String status = state.registryStatus.equals("READY") ? "COMPLETED" : "COMPLETED_REGISTRY_PENDING";
        runs.document(state.runId, "durations", state.durations);
        runs.finish(state.runId, status);
        Map<String, FamilyReport> families = new LinkedHashMap<>();
        state.families.values().forEach(outcome -> families.put(outcome.family, outcome.report()));
        return new TrainingReport(state.runId, status, state.snapshot(), state.gate(), families,
                TrainingSettings.metricName(settings.primaryMetric()),
                state.arena == null ? null : state.arena.champion(), state.decisions, state.registryStatus);
    }

    private IllegalStateException failed(long runId, String message, List<Throwable> causes) {
        runs.fail(runId, message);
        IllegalStateException failure = new IllegalStateException("training run " + runId + " failed: " + message,
                causes.isEmpty() ? null : causes.getFirst());
        return failure;
    }

    private static Map<String, Object> requestDocument(TrainingRequest request, List<String> families, long seed,
                                                       int horizonDays) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("snapshotId", request.snapshot() == null ? null : request.snapshot().value());
        document.put("cutoff", request.cutoff() == null ? null : request.cutoff().toString());
        document.put("horizonDays", request.snapshot() == null ? horizonDays : null);
        document.put("families", families);
        document.put("seed", seed);
        return document;
    }

    private static JobParameters parameters(String run, long runId, FeatureSnapshot holdout,
                                            Optional<FeatureSnapshot> earlier) {
        JobParametersBuilder builder = new JobParametersBuilder().addString("run", run)
                .addLong("trainingRunId", runId).addLong("snapshotId", holdout.id().value());
        earlier.ifPresent(snapshot -> builder.addLong("xgboostSnapshotId", snapshot.id().value()));
        return builder.toJobParameters();
    }
}
