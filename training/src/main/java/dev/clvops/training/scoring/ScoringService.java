package dev.clvops.training.scoring;

import dev.clvops.platform.job.ProgressListener;
import org.jspecify.annotations.Nullable;

/** Scores every customer of the latest as-of-now snapshot with the champion model (for CLI, API and scheduler). */
public interface ScoringService {

    /**
     * Runs the {@code score-customers} job synchronously.
     *
     * @param family the family whose champion scores; null for the configured choice (see {@link ScoringSettings})
     * @throws IllegalStateException when the job fails (no orders, no champion, a failed write)
     */
    ScoringReport score(@Nullable String family, ProgressListener progress);
}
