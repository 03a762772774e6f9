package dev.clvops.monitoring.retrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetrainRulesTests {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private final RetrainRules rules = new RetrainRules(RetrainSettings.defaults());

    private static RetrainFacts facts(boolean datasetDrift, Double predictionPsi, boolean performance, long newOrders,
                                      Instant lastTraining, int retrainsLastWeek, boolean running, boolean forced) {
        return new RetrainFacts(NOW, forced, 7L, datasetDrift, predictionPsi, performance, newOrders, lastTraining,
                retrainsLastWeek, running);
    }

    private static RetrainFacts drifted(long newOrders, Instant lastTraining, int retrainsLastWeek) {
        return facts(true, null, false, newOrders, lastTraining, retrainsLastWeek, false, false);
    }

    @Test
    void retrainsOnDatasetDriftWithEnoughOrdersAfterTheCooldownBelowTheCap() {
        var verdict = rules.decide(drifted(1000, NOW.minus(Duration.ofHours(25)), 2));

        assertThat(verdict.retrain()).isTrue();
        assertThat(verdict.reason()).isEqualTo("dataset drift");
    }

    @Test
    void retrainsOnPredictionPsiAtTheAlertLevelAndOnPerformanceDrift() {
        var psi = rules.decide(facts(false, 0.25, false, 5000, null, 0, false, false));
        var performance = rules.decide(facts(false, 0.1, true, 5000, null, 0, false, false));

        assertThat(psi.retrain()).isTrue();
        assertThat(psi.reason()).isEqualTo("prediction PSI 0.250");
        assertThat(performance.retrain()).isTrue();
        assertThat(performance.reason()).isEqualTo("performance drift");
    }

    @Test
    void skipsWithoutDriftUnlessForced() {
        var calm = rules.decide(facts(false, 0.24, false, 5000, null, 0, false, false));
        var forced = rules.decide(facts(false, 0.24, false, 5000, null, 0, false, true));

        assertThat(calm.retrain()).isFalse();
        assertThat(calm.reason()).isEqualTo("no drift since the last training");
        assertThat(forced.retrain()).isTrue();
        assertThat(forced.reason()).isEqualTo("forced");
    }

    @Test
    void skipsWithTooFewNewOrdersEvenWhenForced() {
        var verdict = rules.decide(facts(true, null, false, 999, null, 0, false, true));

        assertThat(verdict.retrain()).isFalse();
        assertThat(verdict.reason()).isEqualTo("999 new orders since the last training, 1000 needed");
    }

    @Test
    void skipsInsideTheCooldown() {
        var verdict = rules.decide(drifted(5000, NOW.minus(Duration.ofHours(23)), 0));

        assertThat(verdict.retrain()).isFalse();
        assertThat(verdict.reason()).isEqualTo("cooldown: last training 1380 min ago, 1440 min needed");
    }

    @Test
    void skipsWhenTheWeeklyCapIsReached() {
        var verdict = rules.decide(drifted(5000, NOW.minus(Duration.ofDays(2)), 3));

        assertThat(verdict.retrain()).isFalse();
        assertThat(verdict.reason()).isEqualTo("weekly cap reached: 3 retrains in 7 days");
    }

    @Test
    void skipsWhileAnotherTrainingRuns() {
        var verdict = rules.decide(facts(true, null, true, 5000, null, 0, true, true));

        assertThat(verdict.retrain()).isFalse();
        assertThat(verdict.reason()).isEqualTo("another training is running");
    }
}
