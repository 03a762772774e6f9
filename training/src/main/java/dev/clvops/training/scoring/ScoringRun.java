package dev.clvops.training.scoring;

import dev.clvops.platform.features.SnapshotId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One completed scoring run.
 *
 * @param id the scoring run id
 * @param snapshot the snapshot scored
 * @param cutoff the snapshot's cutoff
 * @param family the champion's family
 * @param modelVersion the champion's version
 * @param modelRunId the registry run of the champion (null when unknown)
 * @param horizonDays the horizon predicted
 * @param rowCount customers scored
 * @param startedAt when the run started
 * @param finishedAt when it completed
 */
public record ScoringRun(long id, SnapshotId snapshot, LocalDate cutoff, String family, int modelVersion,
                         @Nullable String modelRunId, int horizonDays, long rowCount, Instant startedAt,
                         Instant finishedAt) {
}
