package dev.clvops.reports.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerAggregateQueriesTests {

    @Test
    void roundsHistogramBinWidthsUpToOneTwoTwoAndAHalfOrFive() {
        assertThat(CustomerAggregateQueries.niceWidth(83)).isEqualTo(100);
        assertThat(CustomerAggregateQueries.niceWidth(17)).isEqualTo(20);
        assertThat(CustomerAggregateQueries.niceWidth(2.1)).isEqualTo(2.5);
        assertThat(CustomerAggregateQueries.niceWidth(0.04)).isEqualTo(0.05, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(CustomerAggregateQueries.niceWidth(0)).isEqualTo(1);
    }
}
