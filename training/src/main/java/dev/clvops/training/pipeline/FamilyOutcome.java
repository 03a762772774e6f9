package dev.clvops.training.pipeline;

import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.training.arena.DecileCalibration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One family's outcome while a run is in progress; steps fill it in turn. */
final class FamilyOutcome {

    static final String SELECTED = "SELECTED";
    static final String TRAINED = "TRAINED";
    static final String SPEND_MODEL = "SPEND_MODEL";
    static final String SKIPPED = "SKIPPED";
    static final String FAILED = "FAILED";

    final String family;
    String status = SELECTED;
    String note = "";
    Map<String, Double> params = Map.of();
    Map<String, Double> metrics = new LinkedHashMap<>();
    List<DecileCalibration> calibration = List.of();
    List<TrackingWeek> tracking = List.of();
    @Nullable ModelVersion version;
    @Nullable ClvModel model;
    double fitSeconds;

    FamilyOutcome(String family) {
        this.family = family;
    }

    void skip(String reason) {
        status = SKIPPED;
        note = reason;
    }

    void fitted(ClvModel fitted, String status, String note, double seconds) {
        this.model = fitted;
        this.params = fitted.parameters();
        this.status = status;
        this.note = note;
        this.fitSeconds = seconds;
    }

    /** Whether the family is still to be fitted (not skipped by the gate). */
    boolean selected() {
        return SELECTED.equals(status);
    }

    /** Whether the model predicts CLV and so takes part in the arena and the registry. */
    boolean competes() {
        return TRAINED.equals(status) && model != null;
    }

    FamilyReport report() {
        return new FamilyReport(family, status, note, params, metrics, calibration, tracking, version, model,
                fitSeconds);
    }
}
