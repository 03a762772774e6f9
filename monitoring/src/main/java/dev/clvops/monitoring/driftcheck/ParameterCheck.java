package dev.clvops.monitoring.driftcheck;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.monitoring.ModelRefitter;
import java.util.List;

/**
 * The {@code parameters} step: a BTYD champion's family is refitted on the current snapshot (through the
 * {@link ModelRefitter} port) and each parameter's relative change is judged against the tolerance.
 */
final class ParameterCheck {

    private final ModelRefitter refitter;
    private final double tolerance;

    ParameterCheck(ModelRefitter refitter, double tolerance) {
        this.refitter = refitter;
        this.tolerance = tolerance;
    }

    List<ParameterShift> check(String family, int version, SnapshotId current) {
        return refitter.refit(family, version, current).map(refit -> refit.trained().entrySet().stream()
                .filter(parameter -> refit.refitted().containsKey(parameter.getKey()))
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(parameter -> shift(parameter.getKey(), parameter.getValue(),
                        refit.refitted().get(parameter.getKey())))
                .toList()).orElse(List.of());
    }

    ParameterShift shift(String name, double trained, double refitted) {
        double change = Math.abs(refitted - trained) / Math.max(Math.abs(trained), Double.MIN_NORMAL);
        return new ParameterShift(name, trained, refitted, change, change > tolerance);
    }
}
