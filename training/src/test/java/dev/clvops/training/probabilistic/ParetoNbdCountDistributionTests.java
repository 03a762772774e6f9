package dev.clvops.training.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.model.CustomerRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoNbdCountDistributionTests {

    private static final double[] INTERVAL = {0.1, 0.5, 0.9};
    private static final ParetoNbdModel CDNOW = new ParetoNbdTrainer().fit(Cdnow.trainingSet());

    @Test
    void quadratureQuantilesMatchTwoHundredThousandMonteCarloDrawsWithinOnePurchase() {
        ParetoNbdModel reference = new ParetoNbdModel(CDNOW.r(), CDNOW.alpha(), CDNOW.s(), CDNOW.beta(),
                CDNOW.logLikelihood(), 200_000, CDNOW.unit(), CDNOW.provenance());
        int exact = 0;
        List<CustomerRow> customers = customers();
        for (CustomerRow customer : customers) {
            int[] quadrature = CDNOW.purchaseQuantiles(customer, 39, INTERVAL);
            int[] sampled = reference.monteCarloQuantiles(customer, 39, INTERVAL);
            for (int q = 0; q < INTERVAL.length; q++) {
                assertThat(Math.abs(quadrature[q] - sampled[q])).as("%s P%s", customer, INTERVAL[q])
                        .isLessThanOrEqualTo(1);
                exact += quadrature[q] == sampled[q] ? 1 : 0;
            }
        }
        assertThat(exact).isGreaterThanOrEqualTo((int) (0.9 * customers.size() * INTERVAL.length));
    }

    @Test
    void aCustomerWhoIsSurelyGoneBuysNothing() {
        int[] quantiles = ParetoNbdCountDistribution.quantiles(0.0, 0.55, 10.6, 0.61, 11.7, 5, 39, 52, INTERVAL);

        assertThat(quantiles).containsExactly(0, 0, 0);
    }

    @Test
    void aFrequentBuyerWhoIsSurelyAliveHasAWideOrderedInterval() {
        int[] quantiles = ParetoNbdCountDistribution.quantiles(1.0, 0.55, 10.6, 0.61, 11.7, 40, 39, 52, INTERVAL);

        assertThat(quantiles[0]).isLessThan(quantiles[1]);
        assertThat(quantiles[1]).isLessThan(quantiles[2]);
    }

    private static List<CustomerRow> customers() {
        List<CustomerRow> rows = new ArrayList<>();
        int[] frequencies = {0, 1, 2, 4, 7, 12, 20};
        double[] recencies = {2, 15, 30, 38};
        for (int x : frequencies) {
            for (double recency : recencies) {
                rows.add(Cdnow.row("x" + x + "r" + recency, x, x == 0 ? 0 : recency, 39, 30));
            }
        }
        return rows;
    }
}
