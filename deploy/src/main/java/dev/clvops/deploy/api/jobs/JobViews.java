package dev.clvops.deploy.api.jobs;

import dev.clvops.platform.jobs.JobRun;
import dev.clvops.platform.jobs.JobState;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Turns live and stored runs into the API's {@link JobView} and the port's {@link JobRun}. */
final class JobViews {

    private static final Logger log = LoggerFactory.getLogger(JobViews.class);

    private final JsonMapper json;

    /** {@code json} is the API's mapper, so a stored result reads exactly as the live one did. */
    JobViews(JsonMapper json) {
        this.json = json;
    }

    JobView live(JobRecord record, List<Map<String, Object>> steps) {
        return new JobView(record.id, record.kind, record.status.name(), record.parameters, statusUrl(record.kind,
                record.id), record.submittedAt, record.startedAt, record.finishedAt, record.progress, steps,
                record.result, record.error);
    }

    JobView stored(JdbcJobRunStore.StoredRun stored, List<Map<String, Object>> steps) {
        JobRun run = stored.run();
        return new JobView(run.id(), run.kind(), run.state().name(), run.parameters(), statusUrl(run.kind(), run.id()),
                run.submittedAt(), run.startedAt(), run.endedAt(), stored.progress(), steps, stored.result(),
                run.error());
    }

    static JobRun run(JobRecord record) {
        double percent = record.status == JobState.COMPLETED ? 100 : ProgressText.percent(record.progress);
        return new JobRun(record.id, record.kind, record.parameters, record.status, percent,
                ProgressText.message(record.progress), record.submittedAt, record.startedAt, record.finishedAt,
                record.error);
    }

    /** The result as the API writes it, or null when there is none or it cannot be written (logged). */
    @Nullable String resultJson(@Nullable Object result) {
        if (result == null) {
            return null;
        }
        try {
            return json.writeValueAsString(result);
        } catch (JacksonException e) {
            log.warn("Cannot store the result {} as JSON: {}", result.getClass().getName(), e.getMessage());
            return null;
        }
    }

    /** Ingest jobs of uploads are followed where the uploader (an analyst) may look: under /orders/uploads. */
    private static String statusUrl(String kind, long id) {
        return (kind.equals(BuiltInJobs.INGEST) ? "/api/v1/orders/uploads/" : "/api/v1/jobs/") + id;
    }
}
