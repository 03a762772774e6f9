package dev.clvops.platform.drift;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One decision of the retrain policy.
 *
 * @param decisionId the decision's id
 * @param decidedAt when it was taken
 * @param retrain whether it retrained (else it skipped)
 * @param reason why, in words
 * @param forced whether it was a manual retrain
 * @param driftReportId the drift report it was taken on; null when none
 * @param facts the numbers it was taken on (new orders, prediction PSI, retrains last week...), as text by name
 * @param outcome how the retrain ended ({@code promoted}, {@code kept}, {@code failed}); null when skipped or running
 * @param trainingRunId the retrain's training run; null when none
 * @param finishedAt when the retrain ended; null when skipped or running
 */
public record RetrainRecord(long decisionId, Instant decidedAt, boolean retrain, String reason, boolean forced,
                            @Nullable Long driftReportId, Map<String, String> facts, @Nullable String outcome,
                            @Nullable Long trainingRunId, @Nullable Instant finishedAt) {

    public RetrainRecord {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
