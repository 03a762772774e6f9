package dev.clvops.platform.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the executive summary PDF of an analytics run says, as numbers.
 *
 * @param runId           the analytics run
 * @param dataUpTo        the latest order date up to the snapshot cutoff, null without orders
 * @param kpis            the KPIs stored with the run (all orders up to the cutoff)
 * @param value           total predicted customer value and its band
 * @param topSegments     the RFM segments with the most predicted value (else spend), at most five
 * @param topPersonas     the personas in the same order, at most five
 * @param retentionTrend  month-1 and month-3 retention of the latest cohorts whose month 3 is complete
 * @param churn           churn indicators
 * @param model           the model behind the predictions and its health
 * @param recommendations three to five recommendations, each naming the number it rests on
 */
public record ExecutiveFacts(long runId, @Nullable LocalDate dataUpTo, KpiReport kpis, PredictedValue value,
                             List<Group> topSegments, List<Group> topPersonas, List<RetentionPoint> retentionTrend,
                             Churn churn, ModelHealth model, List<String> recommendations) {

    public ExecutiveFacts {
        topSegments = List.copyOf(topSegments);
        topPersonas = List.copyOf(topPersonas);
        retentionTrend = List.copyOf(retentionTrend);
        recommendations = List.copyOf(recommendations);
    }

    /**
     * Sum of the customers' predicted CLV over the horizon, with the sums of their 10% and 90% quantiles.
     *
     * @param total       total predicted CLV, null without predictions
     * @param p10         sum of the 10% quantiles, null when the model gives no interval
     * @param p90         sum of the 90% quantiles, null when the model gives no interval
     * @param customers   customers with a prediction
     * @param horizonDays the prediction horizon, 0 without a scoring run
     */
    public record PredictedValue(@Nullable Double total, @Nullable Double p10, @Nullable Double p90, long customers,
                                 int horizonDays) {
    }

    /**
     * One segment or persona.
     *
     * @param name          the label
     * @param customers     customers in it
     * @param customerShare customers / all customers
     * @param revenueShare  historical spend / all spend
     * @param clv           predicted CLV, null without predictions
     * @param clvShare      share of all predicted CLV, null without predictions
     */
    public record Group(String name, long customers, double customerShare, double revenueShare,
                        @Nullable Double clv, @Nullable Double clvShare) {
    }

    /** Share of an acquisition cohort (yyyy-MM) ordering again one and three months after acquisition. */
    public record RetentionPoint(String cohort, double month1, double month3) {
    }

    /**
     * Churn indicators.
     *
     * @param withPAlive     customers with a P(alive)
     * @param lowAlive       customers with P(alive) below 0.3
     * @param overdue        customers whose expected purchase date passed while P(alive) is low
     * @param expectedAtRisk customers expected to become At Risk or Lost within the horizon, null without a forecast
     * @param horizonDays    the churn outlook's horizon
     */
    public record Churn(long withPAlive, long lowAlive, long overdue, @Nullable Double expectedAtRisk,
                        int horizonDays) {

        /** lowAlive / withPAlive, 0 when no customer has a P(alive). */
        public double lowAliveShare() {
            return withPAlive == 0 ? 0 : (double) lowAlive / withPAlive;
        }
    }

    /**
     * The model that scored the customers and its health.
     *
     * @param family      the model family, null when no model is known
     * @param version     the scoring version, null when no model scored
     * @param champion    the family's champion version, null when none
     * @param metrics     the scoring (else champion) version's holdout metrics
     * @param lastRetrain when the family's newest version was registered, null when never
     * @param drift       the latest drift verdict in words ("not monitored yet" before the first check)
     * @param note        why model information is missing, null when complete
     */
    public record ModelHealth(@Nullable String family, @Nullable Integer version, @Nullable Integer champion,
                             Map<String, Double> metrics, @Nullable Instant lastRetrain, String drift,
                             @Nullable String note) {

        public ModelHealth {
            metrics = Map.copyOf(metrics);
        }
    }
}
