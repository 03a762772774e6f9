package dev.clvops.training.pipeline;

import dev.clvops.platform.features.SnapshotId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to train on. Either a snapshot (whose target window is the holdout) or a cutoff and horizon; without
 * either, the cutoff is the latest order date minus the horizon, so the target window has passed.
 *
 * @param snapshot a completed snapshot with a target window, or null
 * @param cutoff the holdout's cutoff, or null for latest order date minus the horizon
 * @param horizonDays the target window in days, or null for the settings' default
 * @param families the families to fit; empty for the settings' default
 * @param seed the seed, or null for the settings' default
 */
public record TrainingRequest(@Nullable SnapshotId snapshot, @Nullable LocalDate cutoff,
                              @Nullable Integer horizonDays, List<String> families, @Nullable Long seed) {

    public TrainingRequest {
        families = List.copyOf(families);
        families.forEach(TrainingSettings::requireKnown);
        if (snapshot != null && (cutoff != null || horizonDays != null)) {
            throw new IllegalArgumentException("train on a snapshot or at a cutoff and horizon, not both");
        }
        if (horizonDays != null && horizonDays < 1) {
            throw new IllegalArgumentException("the training horizon must be at least a day: " + horizonDays);
        }
    }

    /** The default: the latest order date minus the default horizon, every default family. */
    public static TrainingRequest latest() {
        return new TrainingRequest(null, null, null, List.of(), null);
    }

    public static TrainingRequest onSnapshot(SnapshotId snapshot) {
        return new TrainingRequest(snapshot, null, null, List.of(), null);
    }

    public static TrainingRequest at(@Nullable LocalDate cutoff, @Nullable Integer horizonDays) {
        return new TrainingRequest(null, cutoff, horizonDays, List.of(), null);
    }

    public TrainingRequest withFamilies(List<String> value) {
        return new TrainingRequest(snapshot, cutoff, horizonDays, value, seed);
    }

    public TrainingRequest withSeed(@Nullable Long value) {
        return new TrainingRequest(snapshot, cutoff, horizonDays, families, value);
    }
}
