package dev.clvops.training.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class BtydClvModelTests {

    private static final BtydClvModel BG_NBD = BtydClvTrainer.bgNbd().fit(Cdnow.trainingSet());
    private static final BtydClvModel PARETO_NBD = BtydClvTrainer.paretoNbd().fit(Cdnow.trainingSet());
    private static final List<String> CUSTOMERS = List.of("1", "18", "1516", "2000", "2357");

    @Test
    void undiscountedClvIsMarginTimesSpendTimesExpectedPurchases() {
        CustomerRow customer = Cdnow.customer("1516");

        CustomerPrediction prediction = BG_NBD.predict(customer, 364, new ClvSettings(0, 0.3));

        assertThat(prediction.expectedPurchases())
                .isCloseTo(BG_NBD.transactions().expectedPurchases(customer, 52), within(1e-12));
        assertThat(prediction.expectedSpendPerOrder()).isCloseTo(BG_NBD.spend().expectedSpend(customer), within(1e-12));
        assertThat(prediction.clv()).isCloseTo(0.3 * prediction.expectedSpendPerOrder() * prediction.expectedPurchases(),
                within(1e-9));
        assertThat(prediction.probabilityAlive()).isCloseTo(0.969, within(0.0005));
    }

    @Test
    void higherDiscountRateLowersClv() {
        CustomerRow customer = Cdnow.customer("1516");

        double none = BG_NBD.predict(customer, 730, new ClvSettings(0, 1)).clv();
        double low = BG_NBD.predict(customer, 730, new ClvSettings(0.05, 1)).clv();
        double high = BG_NBD.predict(customer, 730, new ClvSettings(0.2, 1)).clv();

        assertThat(low).isLessThan(none);
        assertThat(high).isLessThan(low).isPositive();
    }

    @Test
    void intervalsAreOrderedForBothTransactionModels() {
        for (BtydClvModel model : List.of(BG_NBD, PARETO_NBD)) {
            for (String id : CUSTOMERS) {
                CustomerPrediction prediction = model.predict(Cdnow.customer(id), 365, new ClvSettings(0.1, 1));

                assertThat(prediction.p10()).isLessThanOrEqualTo(prediction.p50());
                assertThat(prediction.p50()).isLessThanOrEqualTo(prediction.p90());
                assertThat(prediction.p90()).isPositive();
            }
        }
    }

    @Test
    void paretoNbdCompositeUsesItsOwnTransactionModel() {
        CustomerPrediction prediction = PARETO_NBD.predict(Cdnow.customer("1516"), 364, ClvSettings.UNDISCOUNTED_REVENUE);

        assertThat(PARETO_NBD.family()).isEqualTo("paretonbd");
        assertThat(prediction.expectedPurchases()).isCloseTo(25.46, within(0.005));
        assertThat(prediction.probabilityAlive()).isCloseTo(0.998, within(0.0005));
    }

    @Test
    void carriesProvenanceOfTheTrainingSetAndBothModels() {
        var provenance = BG_NBD.provenance();

        assertThat(BG_NBD.family()).isEqualTo("bgnbd");
        assertThat(provenance.snapshot()).isEqualTo(Cdnow.trainingSet().snapshot());
        assertThat(provenance.cutoff()).isEqualTo(Cdnow.trainingSet().cutoff());
        assertThat(provenance.horizonDays()).isEqualTo(273);
        assertThat(provenance.featureSetVersion()).isEqualTo("cdnow-summary");
        assertThat(provenance.seed()).isZero();
        assertThat(provenance.codeVersion()).isEqualTo("dev");
        assertThat(provenance.hyperParameters()).containsEntry("spendModel", "gammagamma")
                .containsEntry("unit", "WEEKS").containsKey("optimiser").containsKey("spend.optimiser");
        assertThat(BG_NBD.parameters()).containsKeys("r", "alpha", "a", "b", "spend.p", "spend.q", "spend.gamma");
    }
}
