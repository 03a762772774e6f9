package dev.clvops.training.xgboost;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyper-parameters of the xgboost family.
 *
 * @param objective how the value booster models the target
 * @param tweedieVariancePower Tweedie power in (1, 2), used by {@link XgboostObjective#TWEEDIE}
 * @param eta learning rate
 * @param maxDepth maximum tree depth
 * @param rounds maximum boosting rounds
 * @param earlyStoppingRounds rounds without validation improvement before stopping (0: never stop early)
 * @param subsample row share sampled per tree
 * @param colsampleByTree feature share sampled per tree
 * @param minChildWeight minimum hessian sum in a leaf
 * @param validationShare share of training customers held out for early stopping
 * @param seed seed of the validation split and of xgboost's sampling
 * @param nthread xgboost threads
 * @param quantiles whether to fit the P10/P50/P90 quantile booster
 * @param ordersModel whether to fit the auxiliary future-orders (Poisson) booster
 */
public record XgboostHyperParameters(XgboostObjective objective, double tweedieVariancePower, double eta,
                                     int maxDepth, int rounds, int earlyStoppingRounds, double subsample,
                                     double colsampleByTree, double minChildWeight, double validationShare,
                                     long seed, int nthread, boolean quantiles, boolean ordersModel) {

    public XgboostHyperParameters {
        require(tweedieVariancePower > 1 && tweedieVariancePower < 2, "tweedieVariancePower", tweedieVariancePower);
        require(eta > 0 && eta <= 1, "eta", eta);
        require(maxDepth >= 1, "maxDepth", maxDepth);
        require(rounds >= 1, "rounds", rounds);
        require(earlyStoppingRounds >= 0, "earlyStoppingRounds", earlyStoppingRounds);
        require(subsample > 0 && subsample <= 1, "subsample", subsample);
        require(colsampleByTree > 0 && colsampleByTree <= 1, "colsampleByTree", colsampleByTree);
        require(minChildWeight >= 0, "minChildWeight", minChildWeight);
        require(validationShare > 0 && validationShare < 1, "validationShare", validationShare);
        require(nthread >= 1, "nthread", nthread);
    }

    /** log1p target, eta 0.05, depth 6, up to 1000 rounds, early stopping after 30, one thread per processor. */
    public static XgboostHyperParameters defaults() {
        return new XgboostHyperParameters(XgboostObjective.LOG1P, 1.5, 0.05, 6, 1000, 30, 0.8, 0.8, 1.0, 0.2, 42L,
                Runtime.getRuntime().availableProcessors(), true, true);
    }

    public XgboostHyperParameters withObjective(XgboostObjective value) {
        return new XgboostHyperParameters(value, tweedieVariancePower, eta, maxDepth, rounds, earlyStoppingRounds,
                subsample, colsampleByTree, minChildWeight, validationShare, seed, nthread, quantiles, ordersModel);
    }

    public XgboostHyperParameters withRounds(int value, int earlyStopping) {
        return new XgboostHyperParameters(objective, tweedieVariancePower, eta, maxDepth, value, earlyStopping,
                subsample, colsampleByTree, minChildWeight, validationShare, seed, nthread, quantiles, ordersModel);
    }

    public XgboostHyperParameters withSeed(long value) {
        return new XgboostHyperParameters(objective, tweedieVariancePower, eta, maxDepth, rounds, earlyStoppingRounds,
                subsample, colsampleByTree, minChildWeight, validationShare, value, nthread, quantiles, ordersModel);
    }

    /** Only the value booster: no quantile band, no orders model. */
    public XgboostHyperParameters valueOnly() {
        return new XgboostHyperParameters(objective, tweedieVariancePower, eta, maxDepth, rounds, earlyStoppingRounds,
                subsample, colsampleByTree, minChildWeight, validationShare, seed, nthread, false, false);
    }

    /** The settings as text, for {@link dev.clvops.platform.model.ModelProvenance}. */
    public Map<String, String> asText() {
        var text = new LinkedHashMap<String, String>();
        text.put("objective", objective.name());
        text.put("tweedie_variance_power", Double.toString(tweedieVariancePower));
        text.put("eta", Double.toString(eta));
        text.put("max_depth", Integer.toString(maxDepth));
        text.put("rounds", Integer.toString(rounds));
        text.put("early_stopping_rounds", Integer.toString(earlyStoppingRounds));
        text.put("subsample", Double.toString(subsample));
        text.put("colsample_bytree", Double.toString(colsampleByTree));
        text.put("min_child_weight", Double.toString(minChildWeight));
        text.put("validation_share", Double.toString(validationShare));
        text.put("nthread", Integer.toString(nthread));
        text.put("quantiles", Boolean.toString(quantiles));
        text.put("orders_model", Boolean.toString(ordersModel));
        return text;
    }

    private static void require(boolean valid, String name, Object value) {
        if (!valid) {
            throw new IllegalArgumentException("invalid xgboost hyper-parameter " + name + ": " + value);
        }
    }
}
