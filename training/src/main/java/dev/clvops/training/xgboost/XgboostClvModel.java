package dev.clvops.training.xgboost;

import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.ModelProvenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted xgboost model: predicts revenue over the horizon it was trained on, explains predictions with SHAP
 * values and converts to and from bytes. Immutable and thread-safe (native calls are serialised per booster).
 */
public final class XgboostClvModel implements ClvModel {

    public static final String FAMILY = "xgboost";

    private final ModelProvenance provenance;
    private final List<String> featureNames;
    private final XgboostObjective objective;
    private final XgboostBoosters boosters;
    private final Map<String, Double> parameters;

    XgboostClvModel(ModelProvenance provenance, List<String> featureNames, XgboostObjective objective,
                    XgboostBoosters boosters, Map<String, Double> parameters) {
        this.provenance = provenance;
        this.featureNames = List.copyOf(featureNames);
        this.objective = objective;
        this.boosters = boosters;
        this.parameters = Map.copyOf(parameters);
    }

    /** Loads a model written by {@link #toBytes()}. */
    public static XgboostClvModel fromBytes(byte[] bytes) {
        return XgboostModelCodec.decode(bytes);
    }

    /** The model as bytes: provenance, feature names, summary figures and each booster in UBJSON. */
    public byte[] toBytes() {
        return XgboostModelCodec.encode(provenance, featureNames, objective, boosters, parameters);
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public ModelProvenance provenance() {
        return provenance;
    }

    @Override
    public Map<String, Double> parameters() {
        return parameters;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public XgboostObjective objective() {
        return objective;
    }

    @Override
    public CustomerPrediction predict(CustomerRow row, int horizonDays, ClvSettings settings) {
        return predictAll(List.of(row), horizonDays, settings).getFirst();
    }

    /** Rejects other horizons: the boosters learnt the value of one window and do not extrapolate in time. */
    @Override
    public List<CustomerPrediction> predictAll(List<CustomerRow> rows, int horizonDays, ClvSettings settings) {
        if (horizonDays != provenance.horizonDays()) {
            throw new IllegalArgumentException("the xgboost model was trained for a " + provenance.horizonDays()
                    + "-day horizon and cannot predict " + horizonDays + " days");
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        return new PredictionAssembler(objective, boosters)
                .predict(rows, matrix(rows), HorizonValuation.of(horizonDays, settings));
    }

    /** SHAP explanations of the value booster, one per row. */
    public List<ShapExplanation> explain(List<CustomerRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        float[][] shap = boosters.value().contributions(matrix(rows));
        var explanations = new ArrayList<ShapExplanation>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var contributions = new ArrayList<FeatureContribution>(featureNames.size());
            for (int j = 0; j < featureNames.size(); j++) {
                contributions.add(new FeatureContribution(featureNames.get(j), rows.get(i).features()[j], shap[i][j]));
            }
            explanations.add(new ShapExplanation(rows.get(i).customerId(), shap[i][featureNames.size()],
                    contributions));
        }
        return explanations;
    }

    /** The {@code k} features that moved this customer's prediction most. */
    public List<FeatureContribution> topFactors(CustomerRow row, int k) {
        return explain(List.of(row)).getFirst().topFactors(k);
    }

    /** Total split gain per feature name of the value booster (0 for features never split on), in feature order. */
    public Map<String, Double> gainImportance() {
        var gain = boosters.value().gain();
        var byName = new LinkedHashMap<String, Double>();
        for (int j = 0; j < featureNames.size(); j++) {
            byName.put(featureNames.get(j), gain.getOrDefault("f" + j, 0.0));
        }
        return byName;
    }

    /** The value booster's raw margins (before the objective's link), for checking explanations. */
    double[] margins(List<CustomerRow> rows) {
        float[][] margins = boosters.value().predict(matrix(rows), true);
        var result = new double[rows.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = margins[i][0];
        }
        return result;
    }

    private FeatureMatrix matrix(List<CustomerRow> rows) {
        return FeatureMatrix.of(rows, featureNames.size());
    }
}
