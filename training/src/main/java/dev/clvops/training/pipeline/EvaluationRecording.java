package dev.clvops.training.pipeline;

import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.training.evaluation.HoldoutEvaluation;
import dev.clvops.training.evaluation.JdbcModelEvaluations;
import dev.clvops.training.evaluation.ShapSummaries;
import dev.clvops.training.xgboost.XgboostClvModel;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Part of the {@code arena} step: keeps a compact holdout evaluation per competing family (one seeded customer
 * sample shared by all families) and, for XGBoost, gain importance and the SHAP summary of {@value #SHAP_SAMPLE}
 * sampled customers.
 */
final class EvaluationRecording {

    static final int SHAP_SAMPLE = 500;

    private EvaluationRecording() {
    }

    static void record(JdbcModelEvaluations store, TrainingState state,
                       Map<String, List<CustomerPrediction>> predictions) {
        TrainingSet set = state.set();
        double[] actual = set.rows().stream().mapToDouble(CustomerRow::futureValue).toArray();
        int[] sample = HoldoutEvaluation.sample(actual.length, state.seed);
        predictions.forEach((family, predicted) -> {
            HoldoutEvaluation evaluation = HoldoutEvaluation.of(actual, aligned(set, predicted), sample);
            if (state.families.get(family).model instanceof XgboostClvModel xgboost) {
                evaluation = explained(evaluation, xgboost, set, sample);
            }
            store.store(state.runId, family, evaluation);
        });
    }

    /** Predictions come back in row order (ClvModel.predictAll); checked so a mismatch cannot go unnoticed. */
    private static double[] aligned(TrainingSet set, List<CustomerPrediction> predicted) {
        return IntStream.range(0, set.rows().size()).mapToDouble(i -> {
            CustomerPrediction p = predicted.get(i);
            if (!p.customerId().equals(set.rows().get(i).customerId())) {
                throw new IllegalStateException("prediction " + i + " is for " + p.customerId()
                        + ", the holdout row is " + set.rows().get(i).customerId());
            }
            return p.clv();
        }).toArray();
    }

    private static HoldoutEvaluation explained(HoldoutEvaluation evaluation, XgboostClvModel model, TrainingSet set,
                                               int[] sample) {
        List<CustomerRow> rows = FeatureAlignment.align(set, model.featureNames());
        int m = Math.min(SHAP_SAMPLE, sample.length);
        List<CustomerRow> explained = IntStream.range(0, m).mapToObj(i -> rows.get(sample[i * sample.length / m]))
                .toList();
        return evaluation.withExplanations(ShapSummaries.importance(model.gainImportance()),
                ShapSummaries.summary(model.explain(explained)));
    }
}
