package dev.clvops.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CategoricalDriftTests {

    private final DriftEngine engine = new DriftEngine();

    @Test
    void givesAnUnseenCategoryItsOwnBinWithEpsilonInTheReference() {
        // reference web 50, store 50; current web 40, store 40, app 20
        // PSI = 2 * (0.4 - 0.5) ln(0.8) + (0.2 - 1e-4) ln(0.2 / 1e-4)
        var profile = ReferenceProfile.categorical("channel", Columns.repeat("web", 50, "store", 50));

        var drift = engine.compare(profile, Columns.repeat("web", 40, "store", 40, "app", 20));

        assertThat(drift.bins()).containsExactly("store", "web", "app");
        assertThat(drift.referenceProportions()).containsExactly(0.5, 0.5, 0.0);
        assertThat(drift.currentProportions()).containsExactly(0.4, 0.4, 0.2);
        double expected = 2 * (0.4 - 0.5) * Math.log(0.8) + (0.2 - 1e-4) * Math.log(0.2 / 1e-4);
        assertThat(drift.psi()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void computesChiSquareAndCramersVByHand() {
        // 2 x 3 table (50 50 0 / 40 40 20), expected 45 45 10 in both rows:
        // chi² = 4 * 25/45 + 2 * 100/10 = 200/9; df 2, so p = exp(-chi²/2); V = sqrt(chi² / 200) = 1/3
        var profile = ReferenceProfile.categorical("channel", Columns.repeat("web", 50, "store", 50));

        var drift = engine.compare(profile, Columns.repeat("web", 40, "store", 40, "app", 20));

        assertThat(drift.statistic()).isCloseTo(200.0 / 9, within(1e-9));
        assertThat(drift.pValue()).isCloseTo(Math.exp(-100.0 / 9), within(1e-12));
        assertThat(drift.effectSize()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(drift.drifted()).isTrue();
    }

    @Test
    void doesNotFlagASignificantButNegligibleShareChange() {
        var profile = ReferenceProfile.categorical("channel", Columns.repeat("web", 500_000, "store", 500_000));

        var drift = engine.compare(profile, Columns.repeat("web", 510_000, "store", 490_000));

        assertThat(drift.pValue()).isLessThan(0.05);
        assertThat(drift.effectSize()).isLessThan(0.1);
        assertThat(drift.psi()).isLessThan(0.1);
        assertThat(drift.drifted()).isFalse();
    }

    @Test
    void findsNoDriftForTheSameShares() {
        var profile = ReferenceProfile.categorical("channel", Columns.repeat("web", 60, "store", 40));

        var drift = engine.compare(profile, Columns.repeat("store", 20, "web", 30));

        assertThat(drift.psi()).isCloseTo(0, within(1e-12));
        assertThat(drift.pValue()).isCloseTo(1, within(1e-9));
        assertThat(drift.verdict()).isEqualTo(DriftVerdict.NONE);
    }
}
