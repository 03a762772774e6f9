package dev.clvops.training.scoring;

import dev.clvops.platform.features.SnapshotId;
import java.time.Duration;
import java.time.LocalDate;

/**
 * What one scoring run did.
 *
 * @param scoringRunId the {@code scoring_runs} id
 * @param snapshot the as-of-now snapshot scored
 * @param cutoff the snapshot's cutoff (the latest order date)
 * @param family the champion's family
 * @param modelVersion the champion's registered version
 * @param horizonDays the horizon predicted
 * @param rows customers scored
 * @param duration wall time of the job
 */
public record ScoringReport(long scoringRunId, SnapshotId snapshot, LocalDate cutoff, String family,
                           int modelVersion, int horizonDays, long rows, Duration duration) {
}
