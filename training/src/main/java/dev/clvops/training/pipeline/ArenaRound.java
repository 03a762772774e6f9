package dev.clvops.training.pipeline;

import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.training.arena.ArenaResult;
import dev.clvops.training.arena.ClvArena;
import dev.clvops.training.arena.FamilyMetrics;
import dev.clvops.training.arena.HoldoutMetrics;
import dev.clvops.training.evaluation.JdbcModelEvaluations;
import dev.clvops.training.probabilistic.BtydClvModel;
import dev.clvops.training.xgboost.XgboostClvModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code arena} step: every fitted CLV family predicts undiscounted revenue over the holdout snapshot's target
 * window, the arena scores them on the realised values and names the champion; the BTYD families also get their
 * weekly tracking of expected against actual repeat purchases.
 */
final class ArenaRound {

    private final RepeatPurchases repeatPurchases;
    private final TrainingRunRepository runs;
    private final JdbcModelEvaluations evaluations;

    ArenaRound(RepeatPurchases repeatPurchases, TrainingRunRepository runs, JdbcModelEvaluations evaluations) {
        this.repeatPurchases = repeatPurchases;
        this.runs = runs;
        this.evaluations = evaluations;
    }

    void compete(TrainingState state) {
        TrainingSet set = state.set();
        Map<String, List<CustomerPrediction>> predictions = new LinkedHashMap<>();
        for (FamilyOutcome outcome : state.competitors()) {
            predictions.put(outcome.family, predict(outcome.model, set));
        }
        if (!predictions.isEmpty()) {
            ArenaResult result = new ClvArena(state.settings.arena()).compete(set.rows(), predictions);
            state.arena = result;
            for (FamilyMetrics entry : result.ranking()) {
                FamilyOutcome outcome = state.families.get(entry.family());
                outcome.metrics = metrics(entry.metrics());
                outcome.calibration = entry.metrics().calibration();
            }
            runs.champion(state.runId, result.champion());
            EvaluationRecording.record(evaluations, state, predictions);
        }
        track(state, set);
        runs.document(state.runId, "families", Documents.families(state));
        runs.document(state.runId, "tracking", Documents.tracking(state));
    }

    /** Predictions of undiscounted revenue over the set's horizon, the quantity the holdout realised. */
    static List<CustomerPrediction> predict(ClvModel model, TrainingSet set) {
        List<CustomerRow> rows = model instanceof XgboostClvModel xgboost
                ? FeatureAlignment.align(set, xgboost.featureNames()) : set.rows();
        return model.predictAll(rows, set.horizonDays(), ClvSettings.UNDISCOUNTED_REVENUE);
    }

    static Map<String, Double> metrics(HoldoutMetrics m) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("customers", (double) m.customers());
        metrics.put("mae", m.mae());
        metrics.put("rmse", m.rmse());
        metrics.put("r2", m.r2());
        metrics.put("normalized_gini", m.normalizedGini());
        metrics.put("decile_mape", m.decileMape());
        metrics.put("spearman", m.spearman());
        metrics.put("top_decile_capture", m.topDecileCapture());
        return metrics;
    }

    private void track(TrainingState state, TrainingSet set) {
        long[] actual = null;
        for (FamilyOutcome outcome : state.competitors()) {
            if (outcome.model instanceof BtydClvModel btyd) {
                if (actual == null) {
                    actual = repeatPurchases.cumulativeByWeek(state.snapshot(), WeeklyTracking.weeks(set.horizonDays()));
                }
                outcome.tracking = WeeklyTracking.of(btyd.transactions(), set, actual);
            }
        }
    }
}
