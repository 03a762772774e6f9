package dev.clvops.reports.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.reports.population.TestPopulations;
import org.junit.jupiter.api.Test;

class RfmScorerTests {

    @Test
    void givesDistinctValuesOneQuintileEachTwoCustomersWide() {
        double[] spend = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

        byte[] scores = RfmScorer.quintiles(spend, true);

        assertThat(scores).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void tiesShareTheLowerQuintileWhateverTheirOrder() {
        double[] orders = {1, 3, 1, 1, 2, 1, 1, 5, 2, 1};

        byte[] scores = RfmScorer.quintiles(orders, true);

        // six one-time buyers have 0 worse customers -> 1; the two 2s have 6 worse -> 1 + 30/10 = 4
        assertThat(scores).containsExactly(1, 5, 1, 1, 4, 1, 1, 5, 4, 1);
    }

    @Test
    void scoresRecencyHigherForFewerDaysSinceTheLastOrder() {
        double[] days = {300, 10, 10, 200, 50};

        byte[] scores = RfmScorer.quintiles(days, false);

        assertThat(scores).containsExactly(1, 4, 4, 2, 3);
    }

    @Test
    void buildsCodesAndSegmentsFromTheScores() {
        var p = TestPopulations.rfm(new double[] {5, 400, 30, 200, 100}, new double[] {9, 1, 5, 4, 2},
                new double[] {900, 10, 500, 300, 50});

        RfmScores s = new RfmScorer().score(p);

        assertThat(s.code(0)).isEqualTo("555");
        assertThat(s.segments()[0]).isEqualTo(Segment.CHAMPIONS);
        assertThat(s.code(1)).isEqualTo("111");
        assertThat(s.segments()[1]).isEqualTo(Segment.LOST);
    }

    @Test
    void mapsTheDocumentedGridRows() {
        assertThat(Segment.of(5, 1)).isEqualTo(Segment.NEW);
        assertThat(Segment.of(5, 3)).isEqualTo(Segment.POTENTIAL_LOYALIST);
        assertThat(Segment.of(4, 1)).isEqualTo(Segment.PROMISING);
        assertThat(Segment.of(4, 5)).isEqualTo(Segment.LOYAL);
        assertThat(Segment.of(3, 2)).isEqualTo(Segment.ABOUT_TO_SLEEP);
        assertThat(Segment.of(3, 3)).isEqualTo(Segment.NEED_ATTENTION);
        assertThat(Segment.of(2, 4)).isEqualTo(Segment.AT_RISK);
        assertThat(Segment.of(1, 5)).isEqualTo(Segment.CANT_LOSE_THEM);
        assertThat(Segment.of(2, 1)).isEqualTo(Segment.HIBERNATING);
        assertThat(Segment.of(1, 2)).isEqualTo(Segment.HIBERNATING);
        assertThatThrownBy(() -> Segment.of(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesLabelsAndConstantNames() {
        assertThat(Segment.parse(" can't lose them ")).isEqualTo(Segment.CANT_LOSE_THEM);
        assertThat(Segment.parse("AT_RISK")).isEqualTo(Segment.AT_RISK);
        assertThatThrownBy(() -> Segment.parse("VIP")).hasMessageContaining("unknown segment 'VIP'");
    }
}
