package dev.clvops.training.features;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.job.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
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
import org.springframework.stereotype.Component;

/** {@link FeatureStore} on PostgreSQL: builds run the {@code build-features} job synchronously. */
@Component
public class JdbcFeatureStore implements FeatureStore {

    private final JobOperator jobOperator;
    private final Job job;
    private final BuildProgress progress;
    private final SnapshotRepository snapshots;
    private final SnapshotCsvExporter exporter;

    JdbcFeatureStore(JobOperator jobOperator, @Qualifier("buildFeaturesJob") Job job, BuildProgress progress,
                     SnapshotRepository snapshots, SnapshotCsvExporter exporter) {
        this.jobOperator = jobOperator;
        this.job = job;
        this.progress = progress;
        this.snapshots = snapshots;
        this.exporter = exporter;
    }

    @Override
    public FeatureSnapshot build(SnapshotRequest request, ProgressListener listener) {
        String run = UUID.randomUUID().toString();
        progress.register(run, listener);
        try {
            JobExecution execution = jobOperator.start(job, parameters(request, run));
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("build-features failed for " + request + ": "
                        + execution.getAllFailureExceptions());
            }
            long id = execution.getExecutionContext().getLong(OpenSnapshotTasklet.SNAPSHOT_ID);
            return snapshots.find(new SnapshotId(id)).orElseThrow();
        } catch (JobExecutionException e) {
            throw new IllegalStateException("cannot start build-features for " + request, e);
        } finally {
            progress.remove(run);
        }
    }

    @Override
    public Optional<FeatureSnapshot> find(SnapshotId id) {
        return snapshots.find(id);
    }

    @Override
    public Optional<FeatureSnapshot> latest() {
        return snapshots.latest();
    }

    @Override
    public List<FeatureSnapshot> list() {
        return snapshots.list();
    }

    @Override
    public long export(SnapshotId id, Path target, TimeUnit unit) {
        find(id).orElseThrow(() -> new NoSuchElementException("no completed feature snapshot " + id));
        return exporter.export(id, target, unit);
    }

    private static JobParameters parameters(SnapshotRequest request, String run) {
        return new JobParametersBuilder().addLocalDate("cutoff", request.cutoff())
                .addLong("horizonDays", (long) request.horizonDays()).addString("run", run).toJobParameters();
    }
}
