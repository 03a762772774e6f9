package dev.clvops.platform.monitoring;

import dev.clvops.platform.features.SnapshotId;
import java.util.Map;
import java.util.Optional;

/** Port: refits a registered model's family on another snapshot, to compare fitted parameters (parameter drift). */
public interface ModelRefitter {

    /**
     * The registered version's fitted parameters next to the same family refitted on {@code snapshot}; empty when
     * the family has no parameters worth comparing (only BTYD families do).
     */
    Optional<ParameterRefit> refit(String family, int version, SnapshotId snapshot);

    /**
     * @param trained the registered model's parameters by name
     * @param refitted the parameters fitted on the recent snapshot
     */
    record ParameterRefit(Map<String, Double> trained, Map<String, Double> refitted) {

        public ParameterRefit {
            trained = Map.copyOf(trained);
            refitted = Map.copyOf(refitted);
        }
    }
}
