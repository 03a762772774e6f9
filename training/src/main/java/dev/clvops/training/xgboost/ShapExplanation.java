package dev.clvops.training.xgboost;

import java.util.Comparator;
import java.util.List;

/**
 * Why the model predicted what it did for one customer: bias plus the contributions sum to the margin.
 *
 * @param customerId the customer
 * @param bias the expected margin over the training data
 * @param contributions one per feature, in feature order
 */
public record ShapExplanation(String customerId, double bias, List<FeatureContribution> contributions) {

    public ShapExplanation {
        contributions = List.copyOf(contributions);
    }

    /** The {@code k} largest contributions by absolute value; ties go to the feature name. */
    public List<FeatureContribution> topFactors(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        return contributions.stream()
                .sorted(Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.contribution()))
                        .thenComparing(FeatureContribution::feature))
                .limit(k)
                .toList();
    }

    /** The margin the contributions explain. */
    public double margin() {
        return bias + contributions.stream().mapToDouble(FeatureContribution::contribution).sum();
    }
}
