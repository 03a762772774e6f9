package dev.clvops.deploy.api.predict;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /predict} answers.
 *
 * @param customerId         the id sent, or "request"
 * @param predictedClv       expected value over the horizon (discounted, margin applied)
 * @param interval           10th, 50th and 90th percentile of the value
 * @param expectedPurchases  expected repeat purchases in the horizon
 * @param probabilityAlive   P(alive), null for families without it
 * @param segment            value tier (Platinum, Gold, Silver, Bronze) by the latest analytics run's tier bounds,
 *                           null before the first analytics run with predictions
 * @param recommendedCac     the most to spend acquiring a customer like this: the CAC share of the predicted CLV
 * @param confidence         high (interval width at most 1x the CLV), medium (at most 2x) or low
 * @param intervalWidth      (p90 - p10) / predicted CLV
 * @param horizonDays        the horizon of the prediction
 * @param model              the champion that predicted
 * @param topFactors         the features that moved an ML prediction most (SHAP), empty for BTYD families
 * @param defaultedFeatures  model features the summary did not determine (NaN: the model's missing value)
 */
public record Prediction(String customerId, double predictedClv, Interval interval, double expectedPurchases,
                         @Nullable Double probabilityAlive, @Nullable String segment, double recommendedCac,
                         String confidence, double intervalWidth, int horizonDays, ModelRef model,
                         List<Factor> topFactors, List<String> defaultedFeatures) {

    public Prediction {
        topFactors = List.copyOf(topFactors);
        defaultedFeatures = List.copyOf(defaultedFeatures);
    }

    public record Interval(double p10, double p50, double p90) {
    }

    public record ModelRef(String family, int version) {
    }

    public record Factor(String feature, double value, double contribution) {
    }
}
