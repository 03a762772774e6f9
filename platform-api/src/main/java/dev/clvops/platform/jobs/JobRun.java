package dev.clvops.platform.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One run of a pipeline job.
 *
 * @param id the run's id
 * @param kind the job kind, e.g. {@code snapshot}
 * @param parameters the parameters it was started with
 * @param state where it is
 * @param percent progress in [0, 100]; -1 while unknown
 * @param message the latest progress in words, e.g. {@code 1,200 of 4,000 customers}; empty before the first
 * @param submittedAt when it was queued
 * @param startedAt when it started; null while queued
 * @param endedAt when it ended; null until then
 * @param error why it failed or stopped; null otherwise
 */
public record JobRun(long id, String kind, Map<String, String> parameters, JobState state, double percent,
                     String message, Instant submittedAt, @Nullable Instant startedAt, @Nullable Instant endedAt,
                     @Nullable String error) {

    public JobRun {
        parameters = Map.copyOf(parameters);
    }

    /** Time from start to end, or to {@code now} while running; zero while queued. */
    public Duration duration(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }
}
