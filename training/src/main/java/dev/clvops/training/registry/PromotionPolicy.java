package dev.clvops.training.registry;

/**
 * How the promotion gate compares a challenger with the champion.
 *
 * @param metric the primary metric's name, as logged with the run
 * @param direction whether higher or lower values are better
 * @param margin the improvement, in the metric's units, that the challenger must exceed to be promoted (&gt;= 0)
 */
public record PromotionPolicy(String metric, Direction direction, double margin) {

    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    public PromotionPolicy {
        if (metric.isBlank() || !(margin >= 0) || Double.isInfinite(margin)) {
            throw new IllegalArgumentException("promotion needs a metric and a finite margin >= 0, got '"
                    + metric + "', " + margin);
        }
    }

    /** How much better the candidate is than the champion (negative when worse). */
    double improvement(double candidate, double champion) {
        return direction == Direction.HIGHER_IS_BETTER ? candidate - champion : champion - candidate;
    }
}
