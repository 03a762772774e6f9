package dev.clvops.reports.audiences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.analytics.AudienceReport;
import dev.clvops.platform.analytics.BudgetAllocation;
import dev.clvops.reports.playbook.Tier;
import dev.clvops.reports.rfm.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudiencesTests {

    private final Audiences audiences = new Audiences(AudienceSettings.defaults());

    @Test
    void assignsHighGrowthAndLowByTheDocumentedRules() {
        double[] clv = {500, 100, 90, 5, 1};
        double[] alive = {0.9, 0.8, 0.2, 0.9, 0.9};
        Segment[] segments = {Segment.LOYAL, Segment.LOYAL, Segment.LOYAL, Segment.NEW, Segment.LOST};
        Tier[] tiers = {Tier.PLATINUM, Tier.SILVER, Tier.SILVER, Tier.BRONZE, Tier.BRONZE};

        int[] assigned = audiences.assign(clv, alive, segments, tiers);

        assertThat(assigned).containsExactly(0, 1, 2, 1, 2);
    }

    @Test
    void setsCacTargetsAtThirtyPercentOfMeanClvAndSeedsLookalikesWithTheTopOnePercent() {
        double[] clv = new double[200];
        String[] ids = new String[200];
        int[] assigned = new int[200];
        for (int i = 0; i < 200; i++) {
            clv[i] = i;
            ids[i] = "c" + i;
            assigned[i] = i >= 160 ? 0 : 2;
        }

        AudienceReport report = audiences.report(ids, clv, assigned);

        AudienceReport.Audience high = report.audiences().getFirst();
        assertThat(high.meanClv()).isCloseTo(179.5, within(1e-9));
        assertThat(high.cacTarget()).isCloseTo(0.3 * 179.5, within(1e-9));
        assertThat(report.lookalikeSeed()).containsExactly("c199", "c198");
    }

    @Test
    void splitsABudgetFiftyThirtyFiveFifteenSummingExactlyToTheTotal() {
        List<AudienceReport.Audience> list = List.of(new AudienceReport.Audience("High-CLV", 10, 0, 0, 0, 0.5),
                new AudienceReport.Audience("Growth-Potential", 20, 0, 0, 0, 0.35),
                new AudienceReport.Audience("Low-CLV", 0, 0, 0, 0, 0.15));

        BudgetAllocation budget = Audiences.allocate(1000.03, list);

        assertThat(budget.lines()).extracting(BudgetAllocation.Line::amount).containsExactly(500.02, 350.01, 150.0);
        // shares round down to cents (500.01, 350.01, 150.00); the 0.01 left goes to the first audience
        assertThat(budget.lines().stream().mapToDouble(BudgetAllocation.Line::amount).sum())
                .isCloseTo(1000.03, within(1e-9));
        assertThat(budget.lines().get(1).perCustomer()).isEqualTo(350.01 / 20);
        assertThat(budget.lines().get(2).perCustomer()).isZero();
        assertThatThrownBy(() -> Audiences.allocate(-1, list)).hasMessageContaining("-1.0");
    }
}
