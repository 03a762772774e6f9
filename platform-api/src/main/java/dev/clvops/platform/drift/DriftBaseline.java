package dev.clvops.platform.drift;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The reference a model version's drift is measured against.
 *
 * @param family the model family
 * @param modelVersion the registered version
 * @param snapshotId its training snapshot, whose feature profiles are the reference
 * @param features how many feature profiles the reference holds
 * @param predictionRunId the scoring run whose predictions are the prediction reference; null until one completed
 * @param createdAt when the reference was computed
 */
public record DriftBaseline(String family, int modelVersion, long snapshotId, int features,
                            @Nullable Long predictionRunId, Instant createdAt) {
}
