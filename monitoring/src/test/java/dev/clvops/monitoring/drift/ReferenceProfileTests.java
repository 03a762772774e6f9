package dev.clvops.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.minidev.json.JSONValue;
import org.junit.jupiter.api.Test;

class ReferenceProfileTests {

    private static final ProfileSettings SETTINGS = ProfileSettings.defaults();

    @Test
    void cutsAContinuousColumnAtItsDeciles() {
        double[] values = IntStream.rangeClosed(1, 100).mapToDouble(i -> i).toArray();

        var profile = ReferenceProfile.numeric("recency", values, SETTINGS);

        assertThat(profile.binEdges()).containsExactly(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0);
        assertThat(profile.binCounts()).containsOnly(10L).hasSize(10);
        assertThat(profile.count()).isEqualTo(100);
    }

    @Test
    void givesEachValueOfADiscreteColumnItsOwnBin() {
        double[] values = {2, 0, 1, 0, 1, 0};

        var profile = ReferenceProfile.numeric("frequency", values, SETTINGS);

        assertThat(profile.binEdges()).containsExactly(0.0, 1.0);
        assertThat(profile.binCounts()).containsExactly(3L, 2L, 1L);
    }

    @Test
    void givesAPointMassItsOwnBinAndCutsTheRestAtItsQuantiles() {
        double[] values = IntStream.range(0, 100).mapToDouble(i -> i < 82 ? 0 : i).toArray();

        var profile = ReferenceProfile.numeric("spend_30d", values, SETTINGS);

        assertThat(profile.binEdges()).containsExactly(0.0, 83.0, 85.0, 87.0, 89.0, 91.0, 93.0, 95.0, 97.0);
        assertThat(profile.binCounts()).containsExactly(82L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L);
    }

    @Test
    void dropsAnEdgeAtTheMaximum() {
        double[] values = IntStream.range(0, 100).mapToDouble(i -> i < 50 ? i : 1_000).toArray();

        var profile = ReferenceProfile.numeric("returns", values, SETTINGS);

        assertThat(profile.binEdges()).containsExactly(9.0, 19.0, 29.0, 39.0, 49.0);
        assertThat(profile.binCounts()).containsExactly(10L, 10L, 10L, 10L, 10L, 50L);
    }

    @Test
    void keepsASeededSystematicSampleBoundedBySampleSize() {
        double[] values = IntStream.range(0, 50_000).mapToDouble(i -> i).toArray();

        var first = ReferenceProfile.numeric("monetary", values, new ProfileSettings(10, 1_000, 7));
        var second = ReferenceProfile.numeric("monetary", values, new ProfileSettings(10, 1_000, 7));

        assertThat(first.sample()).hasSize(1_000).isEqualTo(second.sample());
        assertThat(first.sample().getFirst()).isBetween(0.0, 49.0);
        assertThat(IntStream.range(1, 1_000).mapToDouble(i -> first.sample().get(i) - first.sample().get(i - 1)))
                .containsOnly(50.0);
    }

    @Test
    void countsCategoriesWithNullAsMissing() {
        String[] values = {"web", "store", null, "web"};

        var profile = ReferenceProfile.categorical("channel", values);

        assertThat(profile.categories()).containsExactly(ReferenceProfile.MISSING, "store", "web");
        assertThat(profile.binCounts()).containsExactly(1L, 1L, 2L);
    }

    @Test
    void rejectsANonFiniteValueNamingFeatureAndRow() {
        double[] values = {1, 2, Double.NaN};

        assertThatIllegalArgumentException().isThrownBy(() -> ReferenceProfile.numeric("tenure", values, SETTINGS))
                .withMessageContaining("tenure").withMessageContaining("row 2");
    }

    @Test
    void survivesAJsonRoundTrip() {
        var numeric = ReferenceProfile.numeric("monetary", Columns.normal(2_000, 50, 3), SETTINGS);
        var categorical = ReferenceProfile.categorical("channel", new String[] {"web", "store", "web"});

        for (var profile : List.of(numeric, categorical)) {
            String json = JSONValue.toJSONString(profile.toMap());
            @SuppressWarnings("unchecked")
            var parsed = (Map<String, Object>) JSONValue.parse(json);

            assertThat(ReferenceProfile.fromMap(parsed)).isEqualTo(profile);
        }
    }

    @Test
    void rejectsAProfileWhoseCountsDoNotMatchItsBins() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReferenceProfile("x", FeatureKind.NUMERIC,
                List.of(1.0), List.of(), List.of(5L), List.of(1.0))).withMessageContaining("1 bin counts for 2 bins");
    }
}
