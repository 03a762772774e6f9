package dev.clvops.training.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import dev.clvops.platform.registry.RegistrationStatus;
import dev.clvops.platform.registry.RunId;
import dev.clvops.platform.registry.TrainingRun;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChampionChoiceTests {

    private final Champions registry = new Champions();

    @Test
    void picksTheChampionWithTheHighestGiniAcrossFamilies() {
        registry.champion("bgnbd", 3, Map.of("normalized_gini", 0.41));
        registry.champion("xgboost", 1, Map.of("normalized_gini", 0.47));
        registry.champion("baseline", 2, Map.of("normalized_gini", 0.20));

        ModelVersion chosen = new ChampionChoice(registry, ScoringSettings.defaults()).choose();

        assertThat(chosen.family()).isEqualTo("xgboost");
    }

    @Test
    void picksTheLowestValueWhenLowerIsBetterAndRanksAMissingMetricLast() {
        registry.champion("paretonbd", 2, Map.of("rmse", 12.0));
        registry.champion("bgnbd", 1, Map.of("rmse", 10.0));
        registry.champion("xgboost", 4, Map.of());
        ScoringSettings rmse = new ScoringSettings(null, "rmse", false, 0.1, 1.0, 180, 100);

        assertThat(new ChampionChoice(registry, rmse).choose().family()).isEqualTo("bgnbd");
    }

    @Test
    void breaksTiesByFamilyName() {
        registry.champion("paretonbd", 1, Map.of("normalized_gini", 0.4));
        registry.champion("bgnbd", 1, Map.of("normalized_gini", 0.4));

        assertThat(new ChampionChoice(registry, ScoringSettings.defaults()).choose().family()).isEqualTo("bgnbd");
    }

    @Test
    void usesTheConfiguredFamilyEvenWhenAnotherScoresBetter() {
        registry.champion("baseline", 5, Map.of("normalized_gini", 0.1));
        registry.champion("xgboost", 1, Map.of("normalized_gini", 0.6));

        ModelVersion chosen = new ChampionChoice(registry, ScoringSettings.defaults().withFamily("baseline")).choose();

        assertThat(chosen.family()).isEqualTo("baseline");
        assertThat(chosen.version()).isEqualTo(5);
    }

    @Test
    void failsWhenTheConfiguredFamilyOrEveryFamilyHasNoChampion() {
        assertThatThrownBy(() -> new ChampionChoice(registry, ScoringSettings.defaults()).choose())
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no family has a champion");
        registry.champion("bgnbd", 1, Map.of("normalized_gini", 0.4));
        assertThatThrownBy(() -> new ChampionChoice(registry, ScoringSettings.defaults().withFamily("xgboost"))
                .choose()).isInstanceOf(NoSuchElementException.class).hasMessageContaining("xgboost");
    }

    /** A registry that only knows champions, kept in a map: the choice reads nothing else. */
    private static final class Champions implements ModelRegistry {

        private final Map<String, ModelVersion> champions = new HashMap<>();

        void champion(String family, int version, Map<String, Double> metrics) {
            champions.put(family, new ModelVersion(family, version, new RunId("run-" + family), Set.of(CHAMPION),
                    metrics, Map.of("horizon_days", "180"), List.of("model.bin"), Instant.EPOCH,
                    RegistrationStatus.READY, null));
        }

        @Override
        public Optional<ModelVersion> findByAlias(String family, String alias) {
            return CHAMPION.equals(alias) ? Optional.ofNullable(champions.get(family)) : Optional.empty();
        }

        @Override
        public RunId logRun(TrainingRun run) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public ModelVersion registerVersion(String family, RunId run) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void setAlias(String family, String alias, int version) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void deleteAlias(String family, String alias) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public Optional<ModelVersion> findVersion(String family, int version) {
            return Optional.ofNullable(champions.get(family)).filter(v -> v.version() == version);
        }

        @Override
        public List<ModelVersion> listVersions(String family) {
            return findByAlias(family, CHAMPION).stream().toList();
        }

        @Override
        public Optional<ModelArtifact> downloadArtifact(String family, int version, String fileName) {
            return Optional.empty();
        }

        @Override
        public void recordDecision(PromotionDecision decision) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public List<PromotionDecision> decisions(String family) {
            return List.of();
        }
    }
}
