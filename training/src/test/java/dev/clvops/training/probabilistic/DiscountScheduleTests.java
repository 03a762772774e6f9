package dev.clvops.training.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiscountScheduleTests {

    @Test
    void zeroRateReturnsTheExpectedPurchasesAtTheHorizon() {
        double discounted = DiscountSchedule.MONTHLY.discountedPurchases(days -> days / 10.0, 365, 0);

        assertThat(discounted).isCloseTo(36.5, within(1e-12));
    }

    @Test
    void discountsEachMonthsPurchasesByItsPeriod() {
        double monthly = Math.pow(1.12, 30 / 365.0) - 1;

        double discounted = DiscountSchedule.MONTHLY.discountedPurchases(days -> days / 30.0, 60, 0.12);

        assertThat(discounted).isCloseTo(1 / (1 + monthly) + 1 / Math.pow(1 + monthly, 2), within(1e-12));
    }

    @Test
    void countsAShortLastPeriodAsAWholeStep() {
        double monthly = Math.pow(1.1, 30 / 365.0) - 1;

        double discounted = DiscountSchedule.MONTHLY.discountedPurchases(days -> days, 45, 0.1);

        assertThat(discounted).isCloseTo(30 / (1 + monthly) + 15 / Math.pow(1 + monthly, 2), within(1e-9));
    }
}
