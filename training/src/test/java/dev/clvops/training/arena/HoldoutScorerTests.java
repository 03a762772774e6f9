package dev.clvops.training.arena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HoldoutScorerTests {

    @Test
    void perfectOrderingHasNormalizedGiniOne() {
        double[] actual = {5, 0, 3, 9, 1, 0, 7};

        var metrics = HoldoutScorer.score(ids(actual.length), actual.clone(), actual);

        assertThat(metrics.normalizedGini()).isCloseTo(1.0, within(1e-12));
        assertThat(metrics.spearman()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void reversedOrderingHasNormalizedGiniMinusOne() {
        double[] actual = {5, 0, 3, 9, 1, 2, 7};
        double[] reversed = IntStream.range(0, actual.length).mapToDouble(i -> -actual[i]).toArray();

        var metrics = HoldoutScorer.score(ids(actual.length), reversed, actual);

        assertThat(metrics.normalizedGini()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void randomOrderingHasNormalizedGiniNearZero() {
        var random = new SplittableRandom(3);
        double[] actual = random.doubles(20_000, 0, 100).toArray();
        double[] predicted = random.doubles(20_000, 0, 100).toArray();

        var metrics = HoldoutScorer.score(ids(actual.length), predicted, actual);

        assertThat(metrics.normalizedGini()).isCloseTo(0.0, within(0.03));
    }

    @Test
    void normalizedGiniMatchesAHandComputedExample() {
        // prediction order gives actual [3, 0, 1]: shares .75, .75, 1 -> 2.5/3 - 4/6 = 1/6
        // perfect order gives [3, 1, 0]: shares .75, 1, 1 -> 2.75/3 - 4/6 = 1/4
        var metrics = HoldoutScorer.score(ids(3), new double[] {3, 2, 1}, new double[] {3, 0, 1});

        assertThat(HoldoutScorer.gini(new double[] {3, 0, 1})).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(metrics.normalizedGini()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void errorMetricsMatchHandComputedValues() {
        var metrics = HoldoutScorer.score(ids(3), new double[] {1, 2, 3}, new double[] {1, 2, 5});

        assertThat(metrics.mae()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(metrics.rmse()).isCloseTo(Math.sqrt(4.0 / 3), within(1e-12));
        assertThat(metrics.r2()).isCloseTo(1 - 4 / (78.0 / 9), within(1e-12));
    }

    @Test
    void decileMapeAveragesBucketErrorsAndSkipsBucketsWithoutValue() {
        double[] predicted = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        double[] actual = {5, 9, 8, 7, 6, 5, 4, 3, 2, 0};

        var metrics = HoldoutScorer.score(ids(10), predicted, actual);

        // bucket 1: |10 - 5| / 5 = 1; buckets 2..9 exact; bucket 10 has no actual value and is skipped
        assertThat(metrics.decileMape()).isCloseTo(1.0 / 9, within(1e-12));
        assertThat(metrics.calibration()).hasSize(10);
        assertThat(metrics.calibration().getFirst()).isEqualTo(new DecileCalibration(1, 1, 10, 5));
    }

    @Test
    void decileMapeUsesBucketMeans() {
        double[] predicted = {20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        double[] actual = predicted.clone();
        actual[0] = 22;
        actual[1] = 17;

        var metrics = HoldoutScorer.score(ids(20), predicted, actual);

        // bucket 1 holds 20 and 19 predicted, 22 and 17 actual: both means 19.5, so no error anywhere
        assertThat(metrics.decileMape()).isCloseTo(0.0, within(1e-12));
        assertThat(metrics.mae()).isGreaterThan(0);
    }

    @Test
    void topDecileCaptureIsTheShareOfValueInTheTopPredictedTenth() {
        double[] predicted = IntStream.range(0, 20).mapToDouble(i -> 20 - i).toArray();
        double[] actual = IntStream.range(0, 20).mapToDouble(i -> i < 2 ? 9 : 1).toArray();

        var metrics = HoldoutScorer.score(ids(20), predicted, actual);

        assertThat(metrics.topDecileCapture()).isCloseTo(18.0 / 36, within(1e-12));
    }

    @Test
    void tiedPredictionsAreOrderedByCustomerIdWhateverTheInputOrder() {
        String[] ids = {"c03", "c01", "c04", "c00", "c02", "c05", "c06", "c07", "c08", "c09"};
        double[] actual = {3, 1, 4, 50, 2, 5, 6, 7, 8, 9};
        double[] constant = new double[10];

        var metrics = HoldoutScorer.score(ids, constant, actual);
        var reordered = HoldoutScorer.score(reverse(ids), constant, reverse(actual));

        assertThat(metrics.topDecileCapture()).isCloseTo(50.0 / 95, within(1e-12));
        assertThat(reordered).isEqualTo(metrics);
    }

    private static String[] ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> "c%05d".formatted(i)).toArray(String[]::new);
    }

    private static String[] reverse(String[] values) {
        return IntStream.range(0, values.length).mapToObj(i -> values[values.length - 1 - i]).toArray(String[]::new);
    }

    private static double[] reverse(double[] values) {
        return IntStream.range(0, values.length).mapToDouble(i -> values[values.length - 1 - i]).toArray();
    }
}
