package dev.clvops.deploy.api.jobs;

import dev.clvops.deploy.api.ApiSettings;
import dev.clvops.deploy.api.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Runs {@link ApiJob}s asynchronously on a bounded pool ({@code clvops.api.job-threads} workers, {@code job-queue}
 * waiting; beyond that submission is refused) and keeps the last {@value #KEPT} jobs' status in memory.
 */
@Service
public class ApiJobs implements DisposableBean {

    static final int KEPT = 200;
    private static final Logger log = LoggerFactory.getLogger(ApiJobs.class);

    private final Map<String, ApiJob> kinds;
    private final BatchSteps batchSteps;
    private final ThreadPoolExecutor executor;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, JobRecord> jobs = new LinkedHashMap<>();

    ApiJobs(List<ApiJob> kinds, BatchSteps batchSteps, ApiSettings settings) {
        this.kinds = kinds.stream().collect(Collectors.toMap(ApiJob::kind, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two jobs of kind " + a.kind());
        }, TreeMap::new));
        this.batchSteps = batchSteps;
        this.executor = new ThreadPoolExecutor(settings.jobThreads(), settings.jobThreads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.jobQueue()), Thread.ofPlatform().name("clvops-job-", 1).factory());
    }

    /** Kind to description of every job kind available. */
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
        JobRecord record = new JobRecord(ids.incrementAndGet(), kind, parameters, job.batchJobName());
        synchronized (jobs) {
            jobs.put(record.id, record);
            jobs.keySet().removeIf(id -> jobs.size() > KEPT && jobs.get(id).finishedAt != null);
        }
        try {
            executor.execute(() -> run(job, record));
        } catch (RuntimeException e) {
            synchronized (jobs) {
                jobs.remove(record.id);
            }
            throw e;
        }
        return view(record);
    }

    public Optional<JobView> find(long id) {
        JobRecord record;
        synchronized (jobs) {
            record = jobs.get(id);
        }
        return Optional.ofNullable(record).map(this::view);
    }

    public List<JobView> list() {
        List<JobRecord> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values());
        }
        return all.reversed().stream().map(record -> view(record, false)).toList();
    }

    private void run(ApiJob job, JobRecord record) {
        record.startedAt = Instant.now();
        record.status = JobRecord.Status.RUNNING;
        try {
            record.result = job.run(record.parameters, progress -> record.progress = progress);
            record.status = JobRecord.Status.COMPLETED;
        } catch (RuntimeException e) {
            log.error("Job {} ({}) failed", record.id, record.kind, e);
            record.error = e.getMessage() == null ? e.toString() : e.getMessage();
            record.status = JobRecord.Status.FAILED;
        } finally {
            record.finishedAt = Instant.now();
        }
    }

    private JobView view(JobRecord record) {
        return view(record, true);
    }

    private JobView view(JobRecord record, boolean withSteps) {
        Instant started = record.startedAt;
        var steps = withSteps && record.batchJobName != null && started != null
                ? batchSteps.since(record.batchJobName, started) : List.<Map<String, Object>>of();
        return new JobView(record.id, record.kind, record.status.name(), record.parameters,
                statusUrl(record), record.submittedAt, started, record.finishedAt, record.progress, steps,
                record.result, record.error);
    }

    /** Ingest jobs of uploads are followed where the uploader (an analyst) may look: under /orders/uploads. */
    private static String statusUrl(JobRecord record) {
        return (record.kind.equals("ingest") ? "/api/v1/orders/uploads/" : "/api/v1/jobs/") + record.id;
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
