package dev.clvops.platform.model;

import dev.clvops.platform.features.SnapshotId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Where a fitted model came from; the registry logs all of it.
 *
 * @param family the model family, e.g. {@code bgnbd}
 * @param snapshot the training snapshot
 * @param cutoff the training snapshot's cutoff
 * @param horizonDays the horizon the model was evaluated on
 * @param featureSetVersion the feature definitions' version
 * @param hyperParameters the hyper-parameters as text
 * @param seed the random seed (0 for deterministic families)
 * @param codeVersion the clvops version that fitted it
 * @param trainedAt when fitting finished
 */
public record ModelProvenance(String family, SnapshotId snapshot, LocalDate cutoff, int horizonDays,
                              String featureSetVersion, Map<String, String> hyperParameters, long seed,
                              String codeVersion, Instant trainedAt) {

    public ModelProvenance {
        hyperParameters = Map.copyOf(hyperParameters);
    }
}
