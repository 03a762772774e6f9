package dev.clvops.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class NumericDriftTests {

    private static final ProfileSettings QUARTILES = new ProfileSettings(4, 10_000, 1);
    private static final double[] ONE_TO_EIGHT = {1, 2, 3, 4, 5, 6, 7, 8};

    private final DriftEngine engine = new DriftEngine(DriftThresholds.defaults(), QUARTILES);

    @Test
    void findsNoDriftBetweenTwoDrawsOfTheSameDistribution() {
        var profile = ReferenceProfile.numeric("monetary", Columns.normal(50_000, 0, 1), ProfileSettings.defaults());

        var drift = new DriftEngine().compare(profile, Columns.normal(50_000, 0, 2));

        assertThat(drift.psi()).isBetween(0.0, 0.01);
        assertThat(drift.statistic()).isLessThan(0.03);
        assertThat(drift.verdict()).isEqualTo(DriftVerdict.NONE);
        assertThat(drift.drifted()).isFalse();
    }

    @Test
    void givesZeroPsiForTheReferenceColumnItself() {
        var profile = ReferenceProfile.numeric("monetary", ONE_TO_EIGHT, QUARTILES);

        var drift = engine.compare(profile, ONE_TO_EIGHT);

        assertThat(drift.psi()).isZero();
        assertThat(drift.statistic()).isZero();
    }

    @Test
    void computesThePsiOfAKnownShiftByHand() {
        // quartile edges 2, 4, 6: reference shares 1/4 each; current {1,2 | 3 | 5 | 7,8,9,10} = 1/4, 1/8, 1/8, 1/2
        // PSI = 0 + 2 * (1/8 - 1/4) ln(1/2) + (1/2 - 1/4) ln 2 = (1/4 + 1/4) ln 2 = 0.5 ln 2
        var profile = ReferenceProfile.numeric("recency", ONE_TO_EIGHT, QUARTILES);

        var drift = engine.compare(profile, new double[] {1, 2, 3, 5, 7, 8, 9, 10});

        assertThat(profile.binEdges()).containsExactly(2.0, 4.0, 6.0);
        assertThat(drift.currentProportions()).containsExactly(0.25, 0.125, 0.125, 0.5);
        assertThat(drift.psi()).isCloseTo(0.5 * Math.log(2), within(1e-12));
        assertThat(drift.verdict()).isEqualTo(DriftVerdict.ALERT);
    }

    @Test
    void replacesEmptyBinsByEpsilon() {
        // current {1,2 | 3,4 | - | -}: 2 * (1/2 - 1/4) ln 2 + 2 * (1e-4 - 1/4) ln(1e-4 / (1/4))
        var profile = ReferenceProfile.numeric("recency", ONE_TO_EIGHT, QUARTILES);

        var drift = engine.compare(profile, new double[] {1, 2, 3, 4});

        double expected = 0.5 * Math.log(2) + 2 * (1e-4 - 0.25) * Math.log(1e-4 / 0.25);
        assertThat(drift.psi()).isCloseTo(expected, within(1e-12)).isCloseTo(4.257, within(1e-3));
    }

    @Test
    void comparesADiscreteFeatureValueByValue() {
        // reference shares 1/2, 1/3, 1/6 for 0, 1, 2; current 1/6, 1/3, 1/2
        // PSI = (1/6 - 1/2) ln(1/3) + 0 + (1/2 - 1/6) ln 3 = (2/3) ln 3
        var profile = ReferenceProfile.numeric("frequency", new double[] {0, 0, 0, 1, 1, 2}, QUARTILES);

        var drift = engine.compare(profile, new double[] {0, 1, 1, 2, 2, 2});

        assertThat(drift.bins()).containsExactly("<= 0.0", "(0.0, 1.0]", "> 1.0");
        assertThat(drift.psi()).isCloseTo(2.0 / 3 * Math.log(3), within(1e-12));
    }

    @Test
    void computesTheKsStatisticByHandAndTheExactPValueOfHipparchus() {
        // ECDFs of {1,2,3,4} and {2.5,3.5,5,6}: at x = 2 they are 1/2 and 0, the largest gap, so D = 1/2
        double[] reference = {1, 2, 3, 4};
        double[] current = {2.5, 3.5, 5, 6};
        var profile = ReferenceProfile.numeric("tenure", reference, QUARTILES);

        var drift = engine.compare(profile, current);

        assertThat(drift.statistic()).isEqualTo(0.5);
        assertThat(drift.pValue()).isEqualTo(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(reference, current));
    }

    @Test
    void usesTheAsymptoticPValueOfHipparchusForLargeSamples() {
        double[] reference = Columns.normal(2_000, 0, 3);
        double[] current = Columns.normal(2_000, 0.1, 4);
        var profile = ReferenceProfile.numeric("tenure", reference, ProfileSettings.defaults());

        var drift = new DriftEngine().compare(profile, current);

        var ks = new KolmogorovSmirnovTest();
        assertThat(drift.statistic()).isEqualTo(ks.kolmogorovSmirnovStatistic(reference, current));
        assertThat(drift.pValue()).isCloseTo(ks.kolmogorovSmirnovTest(reference, current), within(1e-12));
    }

    @Test
    void doesNotFlagATinyPValueWithASmallEffect() {
        var profile = ReferenceProfile.numeric("monetary", Columns.normal(200_000, 0, 5), ProfileSettings.defaults());

        var drift = new DriftEngine().compare(profile, Columns.normal(200_000, 0.1, 6));

        assertThat(drift.pValue()).isLessThan(0.05);
        assertThat(drift.statistic()).isLessThan(0.1);
        assertThat(drift.drifted()).isFalse();
        assertThat(drift.verdict()).isEqualTo(DriftVerdict.NONE);
    }

    @Test
    void flagsDriftWhenTheMeanShiftsByOneStandardDeviation() {
        var profile = ReferenceProfile.numeric("monetary", Columns.normal(100_000, 0, 7), ProfileSettings.defaults());

        var drift = new DriftEngine().compare(profile, Columns.normal(100_000, 1, 8));

        assertThat(drift.statistic()).isGreaterThan(0.3);
        assertThat(drift.psi()).isGreaterThan(0.25);
        assertThat(drift.drifted()).isTrue();
        assertThat(drift.verdict()).isEqualTo(DriftVerdict.ALERT);
    }

    @Test
    void alertsWhenOnlyTheNonZeroPartOfAMostlyZeroColumnTriplesAsARecentPriceShiftDoes() {
        var profile = ReferenceProfile.numeric("spend_30d", zeroInflated(1), ProfileSettings.defaults());
        double[] tripled = Arrays.stream(zeroInflated(2)).map(value -> 3 * value).toArray();

        var drift = new DriftEngine().compare(profile, tripled);
        var unchanged = new DriftEngine().compare(profile, zeroInflated(3));

        assertThat(profile.binEdges()).hasSize(9);
        assertThat(drift.psi()).isGreaterThan(0.25);
        assertThat(drift.verdict()).isEqualTo(DriftVerdict.ALERT);
        assertThat(unchanged.verdict()).isEqualTo(DriftVerdict.NONE);
    }

    /** 85 % zeros, the rest log-normal spend around 50: a recent-spend column of a customer base. */
    private static double[] zeroInflated(long seed) {
        double[] normal = Columns.normal(5_000, 0, seed);
        return IntStream.range(0, normal.length).mapToDouble(i -> i % 20 < 17 ? 0
                : Math.round(100 * 50 * Math.exp(0.6 * normal[i])) / 100.0).toArray();
    }

    @Test
    void flagsDriftOnKsAloneWhenEffectIsLargeButPsiModerate() {
        var thresholds = new DriftThresholds(0.1, 10, 0.05, 0.1, 0.05, 0.1, 0.3);
        var profile = ReferenceProfile.numeric("monetary", Columns.normal(50_000, 0, 9), ProfileSettings.defaults());

        var drift = new DriftEngine(thresholds, ProfileSettings.defaults()).compare(profile,
                Columns.normal(50_000, 0.5, 10));

        assertThat(drift.psi()).isLessThan(10);
        assertThat(drift.statistic()).isGreaterThan(0.1);
        assertThat(drift.drifted()).isTrue();
    }

    @Test
    void warnsWhenPsiIsBetweenTheWarningAndAlertLevels() {
        var thresholds = new DriftThresholds(0.1, 0.25, 0.05, 0.9, 0.05, 0.1, 0.3);
        var profile = ReferenceProfile.numeric("monetary", Columns.normal(50_000, 0, 11), ProfileSettings.defaults());

        var drift = new DriftEngine(thresholds, ProfileSettings.defaults()).compare(profile,
                Columns.normal(50_000, 0.35, 12));

        assertThat(drift.psi()).isBetween(0.1, 0.25);
        assertThat(drift.verdict()).isEqualTo(DriftVerdict.WARNING);
        assertThat(drift.drifted()).isFalse();
    }
}
