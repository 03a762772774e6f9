package dev.clvops.training.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GroundTruthTests {

    private static final PopulationParameters POPULATION = PopulationParameters.DEFAULT;
    private final Timeline timeline = new Timeline(LocalDate.of(2023, 1, 1), 24, POPULATION.horizonDays());
    private final GroundTruth truth = new GroundTruth(POPULATION, timeline);

    @Test
    void expectsTheSeasonalPoissonCountWhenDropoutIsNegligible() {
        Traits traits = new Traits(0, 0, 0, 0.02, 1e-9, 0.1);
        double seasonalDays = timeline.intensity(timeline.historyDays(), timeline.historyDays() + 180.0);

        assertThat(truth.expectedPurchasesIfAlive(traits)).isCloseTo(0.02 * seasonalDays, within(1e-6));
        assertThat(seasonalDays).isLessThan(180);
    }

    @Test
    void expectsAtMostOnePurchaseOverTheDropoutProbabilityForFrequentBuyers() {
        Traits traits = new Traits(0, 0, 0, 50, 0.25, 0.1);

        assertThat(truth.expectedPurchasesIfAlive(traits)).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void calibratesTheObservedAliveProbabilityAgainstTheLatentState() {
        CustomerSimulator simulator = new CustomerSimulator(POPULATION, timeline, 17);
        double expectedAlive = 0;
        int alive = 0;
        for (long number = 1; number <= 20_000; number++) {
            SimulatedCustomer customer = simulator.simulate(number);
            expectedAlive += truth.probabilityAlive(customer);
            alive += customer.aliveAtEnd() ? 1 : 0;
        }

        assertThat(expectedAlive / alive).isBetween(0.98, 1.02);
    }

    @Test
    void writesOneValuePerHeaderColumn() {
        SimulatedCustomer customer = new CustomerSimulator(POPULATION, timeline, 3).simulate(1);

        String line = truth.line(customer);

        assertThat(StrictOrderRows.fields(line)).hasSize(truth.header().split(",").length)
                .startsWith("C00000001");
        assertThat(truth.header()).endsWith("expected_purchases_180d_observed,expected_value_180d_observed");
    }
}
