package dev.clvops.monitoring.driftcheck;

import dev.clvops.monitoring.drift.ReferenceProfile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A model version's reference: feature profiles and, once the version scored, the predicted-CLV profile. */
record Baseline(List<ReferenceProfile> features, @Nullable ReferenceProfile prediction) {

    Baseline {
        features = List.copyOf(features);
    }
}
