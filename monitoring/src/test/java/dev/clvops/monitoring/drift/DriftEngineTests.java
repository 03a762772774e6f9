package dev.clvops.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriftEngineTests {

    private static final ProfileSettings SETTINGS = ProfileSettings.defaults();
    private static final double[] REFERENCE = Columns.normal(20_000, 0, 1);
    private static final double[] STABLE = Columns.normal(20_000, 0, 2);
    private static final double[] SHIFTED = Columns.normal(20_000, 1, 3);

    private final DriftEngine engine = new DriftEngine();
    private final List<ReferenceProfile> profiles = List.of(
            ReferenceProfile.numeric("a", REFERENCE, SETTINGS), ReferenceProfile.numeric("b", REFERENCE, SETTINGS),
            ReferenceProfile.numeric("c", REFERENCE, SETTINGS), ReferenceProfile.numeric("d", REFERENCE, SETTINGS),
            ReferenceProfile.categorical("channel", Columns.repeat("web", 50, "store", 50)));

    @Test
    void flagsDatasetDriftWhenTheDriftedShareReachesThreshold() {
        var current = new CurrentColumns(Map.of("a", SHIFTED, "b", SHIFTED, "c", STABLE, "d", STABLE),
                Map.of("channel", Columns.repeat("web", 50, "store", 50)));

        var report = engine.compare(profiles, current);

        assertThat(report.features()).extracting(FeatureDrift::feature).containsExactly("a", "b", "c", "d", "channel");
        assertThat(report.driftedFeatures()).extracting(FeatureDrift::feature).containsExactly("a", "b");
        assertThat(report.driftedShare()).isEqualTo(0.4);
        assertThat(report.datasetDrift()).isTrue();
    }

    @Test
    void keepsTheDatasetStableBelowTheShare() {
        var current = new CurrentColumns(Map.of("a", SHIFTED, "b", STABLE, "c", STABLE, "d", STABLE),
                Map.of("channel", Columns.repeat("web", 50, "store", 50)));

        var report = engine.compare(profiles, current);

        assertThat(report.driftedShare()).isEqualTo(0.2);
        assertThat(report.datasetDrift()).isFalse();
    }

    @Test
    void rejectsAProfiledFeatureWithoutCurrentColumn() {
        var current = CurrentColumns.numeric(Map.of("a", STABLE));

        assertThatIllegalArgumentException().isThrownBy(() -> engine.compare(profiles, current))
                .withMessageContaining("feature b");
    }

    @Test
    void rejectsComparingANumericProfileWithCategories() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> engine.compare(profiles.getFirst(), new String[] {"web"}))
                .withMessageContaining("feature a is NUMERIC");
    }
}
