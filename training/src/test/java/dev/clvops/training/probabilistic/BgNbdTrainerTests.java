package dev.clvops.training.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.CustomerRow;
import org.junit.jupiter.api.Test;

class BgNbdTrainerTests {

    private static final BgNbdModel CDNOW = new BgNbdTrainer().fit(Cdnow.trainingSet());

    @Test
    void reproducesPublishedCdnowParametersAndLogLikelihood() {
        assertThat(CDNOW.r()).isCloseTo(0.243, within(0.0005));
        assertThat(CDNOW.alpha()).isCloseTo(4.414, within(0.005));
        assertThat(CDNOW.a()).isCloseTo(0.793, within(0.0005));
        assertThat(CDNOW.b()).isCloseTo(2.426, within(0.005));
        assertThat(CDNOW.logLikelihood()).isCloseTo(-9582.4, within(0.05));
    }

    @Test
    void predictsCustomer1516AsPublished() {
        CustomerRow customer = Cdnow.customer("1516");

        assertThat(CDNOW.expectedPurchases(customer, 52)).isCloseTo(25.76, within(0.005));
        assertThat(CDNOW.probabilityAlive(customer)).isCloseTo(0.969, within(0.0005));
    }

    @Test
    void predictsNewCustomerPurchasesAsPublished() {
        // The published P(X(39)=0) comes from the rounded parameters (the fit's own r = 0.2426 gives 0.5743);
        // the published E[X(78)] from the unrounded fit (the rounded parameters give 1.8605).
        BgNbdModel published = new BgNbdModel(0.243, 4.414, 0.793, 2.426, -9582.4, TimeUnit.WEEKS,
                CDNOW.provenance());

        assertThat(published.probabilityOfPurchasesNewCustomer(0, 39)).isCloseTo(0.5738, within(0.00005));
        assertThat(CDNOW.probabilityOfPurchasesNewCustomer(0, 39)).isCloseTo(0.574, within(0.0005));
        assertThat(CDNOW.expectedPurchasesNewCustomer(78)).isCloseTo(1.858, within(0.0005));
    }

    @Test
    void newCustomerPurchaseProbabilitiesSumToOneAndMatchTheExpectation() {
        double total = 0;
        double mean = 0;
        for (int n = 0; n < 2_000; n++) {
            double p = CDNOW.probabilityOfPurchasesNewCustomer(n, 78);
            total += p;
            mean += n * p;
        }

        assertThat(total).isCloseTo(1, within(1e-6));
        assertThat(mean).isCloseTo(CDNOW.expectedPurchasesNewCustomer(78), within(1e-3));
    }

    @Test
    void conditionalPurchaseProbabilitiesMatchTheConditionalExpectation() {
        CustomerRow customer = Cdnow.customer("1516");
        double mean = 0;
        for (int n = 0; n < 5_000; n++) {
            mean += n * CDNOW.conditionalProbabilityOfPurchases(customer, n, 52);
        }

        assertThat(mean).isCloseTo(CDNOW.expectedPurchases(customer, 52), within(1e-3));
    }

    @Test
    void staysFiniteForVeryFrequentBuyers() {
        CustomerRow heavy = Cdnow.row("heavy", 500, 38.9, 39, 20);

        double purchases = CDNOW.expectedPurchases(heavy, 52);
        int[] quantiles = CDNOW.purchaseQuantiles(heavy, 52, 0.1, 0.5, 0.9);

        assertThat(purchases).isFinite().isGreaterThan(100);
        assertThat(CDNOW.probabilityAlive(heavy)).isBetween(0.0, 1.0);
        assertThat(quantiles[0]).isLessThanOrEqualTo(quantiles[1]);
        assertThat(quantiles[1]).isLessThanOrEqualTo(quantiles[2]);
    }
}
