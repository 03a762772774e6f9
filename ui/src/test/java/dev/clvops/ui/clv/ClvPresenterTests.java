package dev.clvops.ui.clv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.analytics.ClvDistribution;
import org.junit.jupiter.api.Test;

class ClvPresenterTests {

    @Test
    void capsTheGridWindowAtTheChosenTopCustomers() {
        assertThat(ClvPresenter.shown(100, 0, 50)).isEqualTo(50);
        assertThat(ClvPresenter.shown(100, 80, 50)).isEqualTo(20);
        assertThat(ClvPresenter.shown(100, 150, 50)).isZero();
    }

    @Test
    void showsTheIntervalOnlyWhenBothQuantilesExist() {
        assertThat(ClvPresenter.interval(40.2, 1310.0)).isEqualTo("40 – 1,310");
        assertThat(ClvPresenter.interval(null, 1310.0)).isEqualTo("–");
    }

    @Test
    void labelsBinsWithTheirBoundsAndTheLastOneAsOpenEnded() {
        assertThat(ClvPresenter.binLabel(new ClvDistribution.Bin(50, 100.0, 7))).isEqualTo("50–100");
        assertThat(ClvPresenter.binLabel(new ClvDistribution.Bin(2.5, 5.0, 7))).isEqualTo("2.50–5");
        assertThat(ClvPresenter.binLabel(new ClvDistribution.Bin(600, null, 7))).isEqualTo("≥ 600");
    }

    @Test
    void namesTheTopChoicesWithZeroMeaningEveryone() {
        assertThat(ClvPresenter.TOP_CHOICES.stream().map(ClvPresenter::topLabel))
                .containsExactly("Top 100", "Top 1,000", "Top 10,000", "All customers");
    }
}
