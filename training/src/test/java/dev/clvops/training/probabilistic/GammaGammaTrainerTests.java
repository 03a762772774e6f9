package dev.clvops.training.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.model.CustomerRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaTrainerTests {

    private static final GammaGammaModel CDNOW = new GammaGammaTrainer().fit(Cdnow.trainingSet());

    @Test
    void reproducesPublishedCdnowParametersOnTheRepeatCustomers() {
        assertThat(CDNOW.customers()).isEqualTo(946);
        assertThat(CDNOW.p()).isCloseTo(6.25, within(0.005));
        assertThat(CDNOW.q()).isCloseTo(3.74, within(0.005));
        assertThat(CDNOW.gamma()).isCloseTo(15.44, within(0.05));
    }

    @Test
    void shrinksObservedSpendTowardsThePopulationMean() {
        double populationMean = CDNOW.p() * CDNOW.gamma() / (CDNOW.q() - 1);
        CustomerRow bigSpender = Cdnow.row("big", 2, 20, 30, 200);

        double expected = CDNOW.expectedSpend(bigSpender);

        assertThat(CDNOW.expectedSpend(Cdnow.row("new", 0, 0, 30, 0))).isCloseTo(populationMean, within(1e-9));
        assertThat(expected).isBetween(populationMean, 200.0);
    }

    @Test
    void cdnowSpendIsIndependentEnoughOfFrequency() {
        assertThat(Math.abs(CDNOW.frequencyMonetaryCorrelation())).isLessThan(0.3);
        assertThat(CDNOW.independenceViolated()).isFalse();
        assertThat(CDNOW.dependenceWarning()).isEmpty();
    }

    @Test
    void warnsWhenSpendGrowsWithFrequency() {
        List<CustomerRow> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int x = 1 + i % 10;
            rows.add(Cdnow.row("c" + i, x, 20, 30, 10 * x + (i % 7)));
        }

        GammaGammaModel model = new GammaGammaTrainer().fit(Cdnow.set(rows));

        assertThat(model.frequencyMonetaryCorrelation()).isGreaterThan(0.9);
        assertThat(model.independenceViolated()).isTrue();
        assertThat(model.dependenceWarning()).hasValueSatisfying(message -> assertThat(message).contains("0.9"));
    }
}
