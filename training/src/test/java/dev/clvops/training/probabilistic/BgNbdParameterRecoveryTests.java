package dev.clvops.training.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class BgNbdParameterRecoveryTests {

    @Test
    void recoversSimulatedParametersWithinTenPercent() {
        var simulator = new BgNbdSimulator(0.8, 20, 0.6, 2.5);
        var set = Cdnow.set(simulator.customers(20_000, 200, 700, 42));

        BgNbdModel model = new BgNbdTrainer().fit(set);

        assertThat(model.r()).isCloseTo(0.8, withinPercentage(10));
        assertThat(model.alpha()).isCloseTo(20, withinPercentage(10));
        assertThat(model.a()).isCloseTo(0.6, withinPercentage(10));
        assertThat(model.b()).isCloseTo(2.5, withinPercentage(10));
    }
}
