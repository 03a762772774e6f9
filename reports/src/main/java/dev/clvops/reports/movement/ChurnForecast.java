package dev.clvops.reports.movement;

import dev.clvops.platform.analytics.ChurnOutlook;
import dev.clvops.reports.population.Population;
import dev.clvops.reports.population.Predictions;
import dev.clvops.reports.rfm.Segment;
import java.util.ArrayList;
import java.util.List;

/** P(At Risk/Lost within the horizon) from P(alive) and expected purchases (rule in the package documentation). */
public final class ChurnForecast {

    private final double threshold;

    public ChurnForecast(double threshold) {
        this.threshold = threshold;
    }

    /** The probability, NaN when the inputs are missing. */
    public static double atRiskProbability(double pAlive, double expectedPurchases) {
        if (Double.isNaN(pAlive) || Double.isNaN(expectedPurchases)) {
            return Double.NaN;
        }
        double alive = Math.clamp(pAlive, 0, 1);
        return alive == 0 ? 1 : (1 - alive) + alive * Math.exp(-Math.max(0, expectedPurchases) / alive);
    }

    /** Per customer, NaN where the champion has no transaction model. */
    public double[] probabilities(Predictions predictions) {
        double[] result = new double[predictions.clv().length];
        for (int i = 0; i < result.length; i++) {
            result[i] = atRiskProbability(predictions.pAlive()[i], predictions.expectedPurchases()[i]);
        }
        return result;
    }

    public ChurnOutlook outlook(Population p, Segment[] segments, double[] probabilities) {
        if (!p.hasPredictions()) {
            return new ChurnOutlook(0, threshold, List.of(), "no completed scoring run");
        }
        int horizon = p.requirePredictions().horizonDays();
        long[] customers = new long[Segment.values().length];
        double[] expected = new double[customers.length];
        long[] likely = new long[customers.length];
        boolean any = false;
        for (int i = 0; i < segments.length; i++) {
            int s = segments[i].ordinal();
            customers[s]++;
            if (!Double.isNaN(probabilities[i])) {
                any = true;
                expected[s] += probabilities[i];
                likely[s] += probabilities[i] >= threshold ? 1 : 0;
            }
        }
        if (!any) {
            return new ChurnOutlook(horizon, threshold, List.of(), "the champion predicts no P(alive)");
        }
        List<ChurnOutlook.Row> rows = new ArrayList<>();
        for (Segment s : Segment.values()) {
            rows.add(new ChurnOutlook.Row(s.label(), customers[s.ordinal()], expected[s.ordinal()],
                    likely[s.ordinal()]));
        }
        return new ChurnOutlook(horizon, threshold, rows, null);
    }
}
