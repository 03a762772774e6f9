package dev.clvops.ui.jobs;

import dev.clvops.platform.health.JobRunSummary;
import dev.clvops.platform.jobs.JobRun;
import dev.clvops.platform.jobs.JobRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Lists, starts and stops job runs; parses the parameters a user types. */
class JobsPresenter {

    /** Runs shown in the table. */
    static final int SHOWN = 100;
    /** Ingest runs start from a file upload (Data tab), not from here. */
    private static final String INGEST = "ingest";

    private final JobRuns jobs;

    JobsPresenter(JobRuns jobs) {
        this.jobs = jobs;
    }

    /** Kind to description of the kinds this tab can start. */
    Map<String, String> startableKinds() {
        Map<String, String> kinds = new TreeMap<>(jobs.kinds());
        kinds.remove(INGEST);
        return kinds;
    }

    List<JobRun> runs() {
        return jobs.recent(SHOWN);
    }

    List<JobRunSummary> batchExecutions() {
        return jobs.batchExecutions(50);
    }

    /** @throws IllegalArgumentException with a message for the user when the parameters or the kind are wrong */
    JobRun start(String kind, String parameters) {
        return jobs.start(kind, parameters(parameters));
    }

    boolean stop(long runId) {
        return jobs.stop(runId);
    }

    /**
     * "key=value, key=value" as a map; blank means none. A piece without "=" continues the previous value, so lists
     * read naturally: "families=bgnbd,paretonbd, seed=7".
     */
    static Map<String, String> parameters(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String key = null;
        for (String piece : text.split(",")) {
            int equals = piece.indexOf('=');
            if (equals > 0 && !piece.substring(0, equals).isBlank()) {
                key = piece.substring(0, equals).trim();
                parameters.put(key, piece.substring(equals + 1).trim());
            } else if (key != null && equals < 0 && !piece.isBlank()) {
                parameters.merge(key, piece.trim(), (value, more) -> value + "," + more);
            } else if (!piece.isBlank()) {
                throw new IllegalArgumentException("Parameters are written key=value, separated by commas; '"
                        + piece.trim() + "' is not");
            }
        }
        return parameters;
    }

    /** The progress bar's value in [0, 1]; -1 for an indeterminate bar while a run's progress is unknown. */
    static double bar(JobRun run) {
        if (run.state().ended()) {
            return run.percent() < 0 ? 0 : run.percent() / 100;
        }
        return run.percent() < 0 ? -1 : run.percent() / 100;
    }

    /** E.g. "1m 05s" or "12s"; empty while queued. */
    static String duration(JobRun run, Instant now) {
        if (run.startedAt() == null) {
            return "";
        }
        Duration duration = run.duration(now);
        long seconds = duration.toSeconds();
        return seconds >= 60 ? String.format("%dm %02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
}
