package dev.clvops.reports.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.UnusableInputException;
import dev.clvops.platform.analytics.MovementMatrix;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentMovementTests {

    @Test
    void countsTransitionsAndCustomersOnlyOnOneSide() {
        Map<String, String> before = Map.of("a", "Champions", "b", "Champions", "c", "At Risk", "d", "Lost");
        Map<String, String> after = Map.of("a", "Champions", "b", "At Risk", "c", "Lost", "e", "New");

        MovementMatrix m = SegmentMovement.matrix(before, after);

        assertThat(m.segments()).containsExactly("Champions", "New", "At Risk", "Lost");
        assertThat(m.counts()).containsExactly(List.of(1L, 0L, 1L, 0L), List.of(0L, 0L, 0L, 0L),
                List.of(0L, 0L, 0L, 1L), List.of(0L, 0L, 0L, 0L));
        assertThat(m.onlyBefore()).isEqualTo(1);
        assertThat(m.onlyAfter()).isEqualTo(1);
        assertThat(m.stability()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(SegmentMovement.movers(before, after, "Champions", "At Risk")).containsExactly("b");
    }

    @Test
    void readsAPastSegmentationWithLabelsOrConstantNames() {
        var segments = PastSegmentationCsv.read(new StringReader("customer_id,segment\na,AT_RISK\nb, Lost \n\n"),
                "past.csv");

        assertThat(segments).containsExactlyInAnyOrderEntriesOf(Map.of("a", "At Risk", "b", "Lost"));
    }

    @Test
    void rejectsBadLinesNamingTheFileLineAndReason() {
        String csv = "customer_id,segment\na,Lost\n,Lost\nb,VIP\na,New\nc,Lost,extra\n";

        assertThatThrownBy(() -> PastSegmentationCsv.read(new StringReader(csv), "past.csv"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage("past.csv: line 3: empty customer_id; line 4: unknown segment 'VIP' for customer 'b';"
                        + " line 5: duplicate customer_id 'a'; line 6: expected 2 fields (customer_id,segment),"
                        + " got 3");
        assertThatThrownBy(() -> PastSegmentationCsv.read(new StringReader("id;seg\n"), "x.csv"))
                .hasMessageContaining("x.csv: line 1: header must be 'customer_id,segment'");
    }

    @Test
    void forecastsNoPurchaseWithinTheHorizonFromPAliveAndExpectedPurchases() {
        assertThat(ChurnForecast.atRiskProbability(0.0, 0)).isEqualTo(1.0);
        assertThat(ChurnForecast.atRiskProbability(1.0, 2.0)).isCloseTo(Math.exp(-2), within(1e-12));
        assertThat(ChurnForecast.atRiskProbability(0.5, 1.0)).isCloseTo(0.5 + 0.5 * Math.exp(-2), within(1e-12));
        assertThat(ChurnForecast.atRiskProbability(Double.NaN, 1.0)).isNaN();
    }
}
