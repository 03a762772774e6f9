package dev.clvops.platform.model;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import java.time.LocalDate;
import java.util.List;

/**
 * The customers of one feature snapshot, ready for fitting or scoring.
 *
 * @param snapshot the snapshot the rows come from
 * @param cutoff the snapshot's cutoff
 * @param horizonDays the snapshot's target window in days (0: no target)
 * @param featureSetVersion the feature definitions' version
 * @param unit the unit of recency and T in the rows
 * @param featureNames names of {@link CustomerRow#features()} entries
 * @param rows the customers
 */
public record TrainingSet(SnapshotId snapshot, LocalDate cutoff, int horizonDays, String featureSetVersion,
                          TimeUnit unit, List<String> featureNames, List<CustomerRow> rows) {

    public TrainingSet {
        featureNames = List.copyOf(featureNames);
        rows = List.copyOf(rows);
    }
}
