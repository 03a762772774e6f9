package dev.clvops.reports.nextpurchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.reports.population.Population;
import dev.clvops.reports.population.TestPopulations;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NextPurchaseEstimatorTests {

    @Test
    void usesTheModelRateOfAnAliveCustomerAndExponentialQuantiles() {
        Population base = TestPopulations.rfm(new double[] {10, 200, 30}, new double[] {5, 5, 1},
                new double[] {100, 100, 10});
        // customer 0: 3.65 purchases a year when alive -> one every 100 days; customer 1 the same but P(alive) 0.2
        Population p = TestPopulations.withPredictions(base, new double[] {1, 1, 1}, new double[] {3.65, 0.73, 0.1},
                new double[] {1.0, 0.2, 0.5}, 365);

        NextPurchases next = new NextPurchaseEstimator(0.5).estimate(p);

        LocalDate last = TestPopulations.AS_OF.minusDays(10);
        assertThat(LocalDate.ofEpochDay(next.expected()[0])).isEqualTo(last.plusDays(100));
        assertThat(LocalDate.ofEpochDay(next.low()[0])).isEqualTo(last.plusDays(11)); // -ln(0.9) * 100 = 10.5
        assertThat(LocalDate.ofEpochDay(next.high()[0])).isEqualTo(last.plusDays(230)); // -ln(0.1) * 100 = 230.3
        assertThat(next.overdue()[0]).isFalse();
        assertThat(next.overdue()[1]).isTrue();
    }

    @Test
    void fallsBackToTheObservedRateAndGivesOneTimeBuyersNoDate() {
        Population p = TestPopulations.rfm(new double[] {400, 30}, new double[] {3, 1}, new double[] {100, 10});

        NextPurchases next = new NextPurchaseEstimator(0.5).estimate(p);

        // 2 repeats over 100 days -> every 50 days; even the 90% date (115 days after) lies before the cutoff
        assertThat(LocalDate.ofEpochDay(next.expected()[0])).isEqualTo(TestPopulations.AS_OF.minusDays(350));
        assertThat(next.overdue()[0]).isTrue();
        assertThat(next.expected()[1]).isEqualTo(NextPurchases.NONE);
        assertThat(next.overdue()[1]).isFalse();
    }

    @Test
    void givesNoDateWhenTheExpectedGapExceedsTenYears() {
        Population base = TestPopulations.rfm(new double[] {10}, new double[] {5}, new double[] {100});
        Population p = TestPopulations.withPredictions(base, new double[] {1}, new double[] {0.0001},
                new double[] {1.0}, 365);

        NextPurchases next = new NextPurchaseEstimator(0.5).estimate(p);

        assertThat(next.expected()[0]).isEqualTo(NextPurchases.NONE);
        assertThat(next.high()[0]).isEqualTo(NextPurchases.NONE);
        assertThat(next.overdue()[0]).isFalse();
    }
}
