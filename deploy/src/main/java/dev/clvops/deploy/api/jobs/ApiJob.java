package dev.clvops.deploy.api.jobs;

import dev.clvops.platform.job.ProgressListener;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A kind of job the API can start; a bean of this type is enough to add one (train, score, monitor...). */
public interface ApiJob {

    /** The kind in the URL, e.g. {@code snapshot}. */
    String kind();

    /** One line for the job list. */
    String description();

    /** The Spring Batch job it launches, whose step counts the status shows; null for none. */
    @Nullable String batchJobName();

    /** Checks the parameters before the job is queued; throws IllegalArgumentException naming a bad one. */
    default void validate(Map<String, String> parameters) {
    }

    /** Runs the job; the result is shown in the job's status. */
    Object run(Map<String, String> parameters, ProgressListener progress);
}
