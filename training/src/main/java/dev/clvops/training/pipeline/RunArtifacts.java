package dev.clvops.training.pipeline;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.training.arena.DecileCalibration;
import dev.clvops.training.modelstore.ClvModelCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The files logged with a family's run: the model, its feature schema and the holdout evaluation (JSON and CSV). */
final class RunArtifacts {

    static final String FEATURE_SCHEMA = "feature_schema.json";
    static final String EVALUATION = "evaluation.json";
    static final String CALIBRATION = "calibration.csv";
    static final String TRACKING = "tracking.csv";

    private RunArtifacts() {
    }

    static List<ModelArtifact> of(FamilyOutcome outcome, TrainingSet fittedOn, FeatureSnapshot holdout) {
        ClvModel model = java.util.Objects.requireNonNull(outcome.model);
        List<ModelArtifact> artifacts = new ArrayList<>();
        artifacts.add(ClvModelCodec.encode(model));
        artifacts.add(json(FEATURE_SCHEMA, schema(fittedOn)));
        artifacts.add(json(EVALUATION, evaluation(outcome, holdout)));
        artifacts.add(csv(CALIBRATION, calibration(outcome.calibration)));
        if (!outcome.tracking.isEmpty()) {
            artifacts.add(csv(TRACKING, tracking(outcome.tracking)));
        }
        return artifacts;
    }

    private static Map<String, Object> schema(TrainingSet set) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("snapshotId", set.snapshot().value());
        schema.put("cutoff", set.cutoff().toString());
        schema.put("horizonDays", set.horizonDays());
        schema.put("featureSetVersion", set.featureSetVersion());
        schema.put("timeUnit", set.unit().name());
        schema.put("btydInputs", List.of("frequency", "recency", "T", "monetary_value"));
        schema.put("features", set.featureNames());
        return schema;
    }

    private static Map<String, Object> evaluation(FamilyOutcome outcome, FeatureSnapshot holdout) {
        Map<String, Object> evaluation = new LinkedHashMap<>();
        evaluation.put("holdout", Map.of("snapshotId", holdout.id().value(), "cutoff", holdout.cutoff().toString(),
                "horizonDays", holdout.horizonDays(), "customers", holdout.rowCount()));
        evaluation.put("metrics", outcome.metrics);
        evaluation.put("calibration", outcome.calibration);
        evaluation.put("tracking", outcome.tracking);
        return evaluation;
    }

    private static String calibration(List<DecileCalibration> deciles) {
        StringBuilder csv = new StringBuilder("decile,customers,mean_predicted,mean_actual\n");
        deciles.forEach(d -> csv.append(String.format(Locale.ROOT, "%d,%d,%s,%s%n", d.decile(), d.customers(),
                d.meanPredicted(), d.meanActual())));
        return csv.toString();
    }

    private static String tracking(List<TrackingWeek> weeks) {
        StringBuilder csv = new StringBuilder("week,expected_cumulative,actual_cumulative\n");
        weeks.forEach(w -> csv.append(String.format(Locale.ROOT, "%d,%s,%d%n", w.week(), w.expected(), w.actual())));
        return csv.toString();
    }

    private static ModelArtifact json(String name, Object document) {
        return new ModelArtifact(name, TrainingRunRepository.json(document).getBytes(StandardCharsets.UTF_8),
                "application/json");
    }

    private static ModelArtifact csv(String name, String text) {
        return new ModelArtifact(name, text.getBytes(StandardCharsets.UTF_8), "text/csv");
    }
}
