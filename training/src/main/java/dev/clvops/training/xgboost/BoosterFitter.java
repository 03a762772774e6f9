package dev.clvops.training.xgboost;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Trains one booster with early stopping on the validation rows of a split. */
final class BoosterFitter {

    static final String QUANTILE_ALPHAS = "[0.1,0.5,0.9]";

    private final XgboostHyperParameters hyper;

    BoosterFitter(XgboostHyperParameters hyper) {
        this.hyper = hyper;
    }

    /** Booster parameters shared by every booster of the family; {@code objective} adds its own. */
    static Map<String, Object> commonParameters(XgboostHyperParameters hyper) {
        var params = new HashMap<String, Object>();
        params.put("tree_method", "hist");
        params.put("eta", hyper.eta());
        params.put("max_depth", hyper.maxDepth());
        params.put("subsample", hyper.subsample());
        params.put("colsample_bytree", hyper.colsampleByTree());
        params.put("min_child_weight", hyper.minChildWeight());
        params.put("seed", hyper.seed());
        params.put("nthread", hyper.nthread());
        params.put("verbosity", 0);
        params.put("verbose_eval", "false"); // xgboost4j compares the text "false"
        return params;
    }

    static Map<String, Object> valueParameters(XgboostHyperParameters hyper) {
        var params = commonParameters(hyper);
        params.put("objective", hyper.objective().xgboostName());
        if (hyper.objective() == XgboostObjective.TWEEDIE) {
            params.put("tweedie_variance_power", hyper.tweedieVariancePower());
        }
        return params;
    }

    static Map<String, Object> quantileParameters(XgboostHyperParameters hyper) {
        var params = commonParameters(hyper);
        params.put("objective", "reg:quantileerror");
        params.put("quantile_alpha", QUANTILE_ALPHAS);
        return params;
    }

    static Map<String, Object> ordersParameters(XgboostHyperParameters hyper) {
        var params = commonParameters(hyper);
        params.put("objective", "count:poisson");
        return params;
    }

    FittedBooster fit(Map<String, Object> params, TrainingMatrices matrices, float[] labels) {
        try {
            matrices.withLabels(labels);
            var watches = new LinkedHashMap<String, DMatrix>();
            watches.put("validation", matrices.validation());
            var metrics = new float[1][hyper.rounds()];
            return FittedBooster.of(XGBoost.train(matrices.training(), params, hyper.rounds(), watches, metrics,
                    null, null, hyper.earlyStoppingRounds()));
        } catch (XGBoostError e) {
            throw new IllegalStateException("xgboost training failed for objective " + params.get("objective"), e);
        }
    }
}
