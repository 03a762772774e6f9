package dev.clvops.deploy.api.jobs;

import dev.clvops.deploy.api.ApiSettings;
import dev.clvops.deploy.api.Problems;
import dev.clvops.platform.health.JobRunSummary;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.jobs.JobRun;
import dev.clvops.platform.jobs.JobRuns;
import dev.clvops.platform.jobs.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@link ApiJob}s asynchronously on a bounded pool ({@code clvops.api.job-threads} workers, {@code job-queue}
 * waiting; beyond that submission is refused). Every run is stored in {@code job_runs} (state, progress at most
 * once a second, result, error), so runs outlive the process; the runs of this instance are also followed live.
 */
@Service
public class ApiJobs implements JobRuns, DisposableBean {

    static final int KEPT = 200;
    private static final long PROGRESS_SAVE_NANOS = 1_000_000_000L;
    private static final Logger log = LoggerFactory.getLogger(ApiJobs.class);

    private final Map<String, ApiJob> kinds;
    private final BatchSteps batchSteps;
    private final JdbcJobRunStore store;
    private final BatchStopper stopper;
    private final JobViews views;
    private final ThreadPoolExecutor executor;
    private final Map<Long, JobRecord> live = new ConcurrentHashMap<>();

    ApiJobs(List<ApiJob> kinds, BatchSteps batchSteps, JdbcJobRunStore store, BatchStopper stopper,
            ApiSettings settings, JsonMapper json) {
        this.kinds = kinds.stream().collect(Collectors.toMap(ApiJob::kind, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two jobs of kind " + a.kind());
        }, TreeMap::new));
        this.batchSteps = batchSteps;
        this.store = store;
        this.stopper = stopper;
        this.views = new JobViews(json);
        this.executor = new ThreadPoolExecutor(settings.jobThreads(), settings.jobThreads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.jobQueue()), Thread.ofPlatform().name("clvops-job-", 1).factory());
        int orphans = store.failOrphans();
        if (orphans > 0) {
            log.warn("Marked {} job runs FAILED: the processes that ran them ended before the runs did", orphans);
        }
    }

    /** Kind to description of every job kind available. */
    @Override
    public Map<String, String> kinds() {
        Map<String, String> described = new TreeMap<>();
        kinds.forEach((kind, job) -> described.put(kind, job.description()));
        return described;
    }

    /** Queues a job; 404 for an unknown kind, 400 for bad parameters, 429 when the queue is full. */
    public JobView submit(String kind, Map<String, String> parameters) {
        ApiJob job = kinds.get(kind);
        if (job == null) {
            throw Problems.notFound("No job kind '" + kind + "' in this installation; available: " + kinds.keySet());
        }
        job.validate(parameters);
        Instant now = Instant.now();
        JobRecord record = new JobRecord(store.insert(kind, parameters, now), kind, parameters, job.batchJobName(),
                now);
        live.put(record.id, record);
        try {
            record.future = executor.submit(() -> run(job, record));
        } catch (RejectedExecutionException e) {
            live.remove(record.id);
            store.delete(record.id);
            throw e;
        }
        return views.live(record, List.of());
    }

    @Override
    public JobRun start(String kind, Map<String, String> parameters) {
        if (!kinds.containsKey(kind)) {
            throw new IllegalArgumentException("no job kind '" + kind + "'; available: " + kinds.keySet());
        }
        try {
            return run(submit(kind, parameters).id()).orElseThrow();
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the job queue is full; try again when a job has finished", e);
        }
    }

    @Override
    public boolean stop(long runId) {
        JobRecord record = live.get(runId);
        if (record == null || record.finishedAt != null) {
            return false;
        }
        record.stopRequested = true;
        var future = record.future;
        if (record.status == JobState.QUEUED && future != null && future.cancel(false)) {
            end(record, JobState.STOPPED, "stopped before it started");
            return true;
        }
        record.status = JobState.STOPPING;
        store.stopping(runId);
        stopper.stop(record);
        return true;
    }

    public Optional<JobView> find(long id) {
        JobRecord record = live.get(id);
        if (record != null) {
            Instant started = record.startedAt;
            return Optional.of(views.live(record, record.batchJobName != null && started != null
                    ? batchSteps.since(record.batchJobName, started) : List.of()));
        }
        return store.find(id).map(stored -> views.stored(stored, steps(stored.run())));
    }

    public List<JobView> list() {
        return store.recent(KEPT).stream().map(stored -> Optional.ofNullable(live.get(stored.run().id()))
                .map(record -> views.live(record, List.of())).orElseGet(() -> views.stored(stored, List.of())))
                .toList();
    }

    @Override
    public Optional<JobRun> run(long runId) {
        JobRecord record = live.get(runId);
        return record != null ? Optional.of(JobViews.run(record))
                : store.find(runId).map(JdbcJobRunStore.StoredRun::run);
    }

    @Override
    public List<JobRun> recent(int limit) {
        return store.recent(limit).stream().map(stored -> Optional.ofNullable(live.get(stored.run().id()))
                .map(JobViews::run).orElse(stored.run())).toList();
    }

    @Override
    public List<JobRunSummary> batchExecutions(int limit) {
        return store.batchExecutions(limit);
    }

    private void run(ApiJob job, JobRecord record) {
        record.worker = Thread.currentThread();
        record.startedAt = Instant.now();
        record.status = JobState.RUNNING;
        store.started(record.id, record.startedAt);
        try {
            record.result = job.run(record.parameters, progress -> progress(record, progress));
            end(record, JobState.COMPLETED, null);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            if (record.stopRequested) {
                log.info("Job {} ({}) stopped: {}", record.id, record.kind, message);
                end(record, JobState.STOPPED, "stopped on request: " + message);
            } else {
                log.error("Job {} ({}) failed", record.id, record.kind, e);
                end(record, JobState.FAILED, message);
            }
        } finally {
            record.worker = null;
            Thread.interrupted();
        }
    }

    private void progress(JobRecord record, JobProgress progress) {
        record.progress = progress;
        long now = System.nanoTime();
        synchronized (record) {
            if (record.progressSavedAt != 0 && now - record.progressSavedAt < PROGRESS_SAVE_NANOS) {
                return;
            }
            record.progressSavedAt = now;
        }
        try {
            store.progress(record.id, progress);
        } catch (RuntimeException e) {
            // a listener must not throw into the job; the live record still has the progress
            log.warn("Cannot store the progress of job {}: {}", record.id, e.getMessage());
        }
    }

    private void end(JobRecord record, JobState state, @Nullable String error) {
        record.error = error;
        record.status = state;
        record.finishedAt = Instant.now();
        try {
            store.finish(record, views.resultJson(record.result));
        } finally {
            live.remove(record.id);
        }
    }

    private List<Map<String, Object>> steps(JobRun run) {
        ApiJob job = kinds.get(run.kind());
        return job == null || job.batchJobName() == null || run.startedAt() == null ? List.of()
                : batchSteps.since(job.batchJobName(), run.startedAt());
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
