package dev.clvops.training.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.model.CustomerRow;
import org.junit.jupiter.api.Test;

class ParetoNbdTrainerTests {

    private static final ParetoNbdModel CDNOW = new ParetoNbdTrainer().fit(Cdnow.trainingSet());

    @Test
    void reproducesPublishedCdnowParametersAndLogLikelihood() {
        assertThat(CDNOW.r()).isCloseTo(0.553, within(0.0005));
        assertThat(CDNOW.alpha()).isCloseTo(10.578, within(0.005));
        assertThat(CDNOW.s()).isCloseTo(0.606, within(0.0005));
        assertThat(CDNOW.beta()).isCloseTo(11.669, within(0.005));
        assertThat(CDNOW.logLikelihood()).isCloseTo(-9595.0, within(0.05));
    }

    @Test
    void predictsCustomer1516AsPublished() {
        CustomerRow customer = Cdnow.customer("1516");

        assertThat(CDNOW.expectedPurchases(customer, 52)).isCloseTo(25.46, within(0.005));
        assertThat(CDNOW.probabilityAlive(customer)).isCloseTo(0.998, within(0.0005));
    }

    @Test
    void seriesFormOfA0AgreesWithItsIntegralForBothOrderingsOfAlphaAndBeta() {
        double[][] cases = {{0.55, 10.6, 0.6, 11.7, 3, 10, 30}, {0.55, 15.0, 0.6, 2.0, 3, 10, 30},
                {0.3, 4.0, 1.4, 9.0, 200, 35, 39}, {0.55, 10.6, 0.6, 10.6, 0, 0, 30}};
        for (double[] c : cases) {
            double series = ParetoNbdMath.logA0(c[0], c[1], c[2], c[3], (int) c[4], c[5], c[6]);
            double integral = ParetoNbdMath.logA0Integral(c[0], c[1], c[2], c[3], (int) c[4], c[5], c[6]);

            assertThat(series).isCloseTo(integral, within(1e-9 * Math.abs(integral) + 1e-9));
        }
    }

    @Test
    void staysFiniteForVeryFrequentBuyers() {
        CustomerRow heavy = Cdnow.row("heavy", 500, 38.9, 39, 20);

        assertThat(CDNOW.expectedPurchases(heavy, 52)).isFinite().isGreaterThan(100);
        assertThat(CDNOW.probabilityAlive(heavy)).isBetween(0.0, 1.0);
        assertThat(ParetoNbdMath.logLikelihood(CDNOW.r(), CDNOW.alpha(), CDNOW.s(), CDNOW.beta(), 500, 38.9, 39))
                .isFinite();
    }

    @Test
    void drawsOrderedReproducibleQuantiles() {
        CustomerRow customer = Cdnow.customer("1516");

        int[] first = CDNOW.purchaseQuantiles(customer, 52, 0.1, 0.5, 0.9);
        int[] again = CDNOW.purchaseQuantiles(customer, 52, 0.1, 0.5, 0.9);

        assertThat(first).containsExactly(again);
        assertThat(first[0]).isLessThanOrEqualTo(first[1]);
        assertThat(first[1]).isLessThanOrEqualTo(first[2]);
        assertThat(first[1]).isBetween(15, 35);
    }
}
