package dev.clvops.training.evaluation;

import dev.clvops.platform.model.FamilyEvaluation.Bin;
import dev.clvops.platform.model.FamilyEvaluation.Importance;
import dev.clvops.platform.model.FamilyEvaluation.Pair;
import dev.clvops.platform.model.FamilyEvaluation.ShapFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * What {@code model_evaluations} keeps of one family's holdout.
 *
 * @param sample     actual and predicted value of sampled holdout customers
 * @param residuals  histogram of actual - predicted over every holdout customer
 * @param importance gain share per feature (XGBoost only)
 * @param shap       SHAP summary per feature (XGBoost only)
 */
public record HoldoutEvaluation(List<Pair> sample, List<Bin> residuals, List<Importance> importance,
                                List<ShapFeature> shap) {

    /** Pairs kept per family. */
    public static final int SAMPLE = 2_000;
    static final int BINS = 30;

    public HoldoutEvaluation {
        sample = List.copyOf(sample);
        residuals = List.copyOf(residuals);
        importance = List.copyOf(importance);
        shap = List.copyOf(shap);
    }

    /** The sample at {@code indices} and the residual histogram of aligned actual and predicted values. */
    public static HoldoutEvaluation of(double[] actual, double[] predicted, int[] indices) {
        List<Pair> pairs = IntStream.of(indices).mapToObj(i -> new Pair(actual[i], predicted[i])).toList();
        double[] residuals = IntStream.range(0, actual.length).mapToDouble(i -> actual[i] - predicted[i]).toArray();
        return new HoldoutEvaluation(pairs, histogram(residuals), List.of(), List.of());
    }

    /** The same evaluation with XGBoost's importance and SHAP summary. */
    public HoldoutEvaluation withExplanations(List<Importance> gain, List<ShapFeature> shapSummary) {
        return new HoldoutEvaluation(sample, residuals, gain, shapSummary);
    }

    /** Up to {@link #SAMPLE} distinct indices of 0..n-1, ascending, chosen at random with {@code seed}. */
    public static int[] sample(int n, long seed) {
        return n <= SAMPLE ? IntStream.range(0, n).toArray()
                : new Random(seed).ints(0, n).distinct().limit(SAMPLE).sorted().toArray();
    }

    /**
     * {@link #BINS} equal bins between the 1st and 99th percentile; the outer bins also count the tails, so a few
     * extreme residuals do not squeeze the rest into one bar.
     */
    static List<Bin> histogram(double[] values) {
        if (values.length == 0) {
            return List.of();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Percentile percentile = new Percentile();
        double low = percentile.evaluate(sorted, 1);
        double high = percentile.evaluate(sorted, 99);
        if (high <= low) {
            return List.of(new Bin(sorted[0], sorted[sorted.length - 1], values.length));
        }
        double width = (high - low) / BINS;
        long[] counts = new long[BINS];
        for (double v : values) {
            counts[Math.clamp((long) Math.floor((v - low) / width), 0, BINS - 1)]++;
        }
        List<Bin> bins = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            bins.add(new Bin(low + b * width, b == BINS - 1 ? high : low + (b + 1) * width, counts[b]));
        }
        return bins;
    }
}
