package dev.clvops.monitoring.driftcheck;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.monitoring.ModelRefitter;
import dev.clvops.platform.monitoring.ModelRefitter.RefitWindow;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code parameters} step: a BTYD champion's family is refitted on the recent window of the current snapshot
 * (through the {@link ModelRefitter} port) and each parameter's relative change is judged against the tolerance.
 */
final class ParameterCheck {

    private final ModelRefitter refitter;
    private final RefitWindow window;
    private final double tolerance;

    ParameterCheck(ModelRefitter refitter, RefitWindow window, double tolerance) {
        this.refitter = refitter;
        this.window = window;
        this.tolerance = tolerance;
    }

    /** Empty when the family has nothing to refit or the window too few customers. */
    Optional<Refit> check(String family, int version, SnapshotId current) {
        return refitter.refit(family, version, current, window).map(refit -> new Refit(
                new RefitCohort(window.days(), refit.customers()), refit.trained().entrySet().stream()
                        .filter(parameter -> refit.refitted().containsKey(parameter.getKey()))
                        .sorted(Map.Entry.comparingByKey())
                        .map(parameter -> ParameterShift.of(parameter.getKey(), parameter.getValue(),
                                refit.refitted().get(parameter.getKey()), tolerance))
                        .toList()));
    }

    /** The refitted window and every parameter's shift. */
    record Refit(RefitCohort cohort, List<ParameterShift> shifts) {

        Refit {
            shifts = List.copyOf(shifts);
        }
    }
}
