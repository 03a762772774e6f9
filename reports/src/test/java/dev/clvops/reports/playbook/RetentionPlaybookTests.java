package dev.clvops.reports.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.analytics.PlaybookReport;
import dev.clvops.reports.rfm.Segment;
import org.junit.jupiter.api.Test;

class RetentionPlaybookTests {

    @Test
    void splitsTiersByClvPositionWithConfigurableShares() {
        double[] clv = new double[20];
        for (int i = 0; i < 20; i++) {
            clv[i] = i;
        }

        Tier[] tiers = ValueTiers.assign(clv, 0.05, 0.15, 0.30);

        assertThat(tiers[19]).isEqualTo(Tier.PLATINUM);
        assertThat(tiers[18]).isEqualTo(Tier.GOLD);
        assertThat(tiers[16]).isEqualTo(Tier.GOLD);
        assertThat(tiers[15]).isEqualTo(Tier.SILVER);
        assertThat(tiers[10]).isEqualTo(Tier.SILVER);
        assertThat(tiers[9]).isEqualTo(Tier.BRONZE);
    }

    @Test
    void breaksClvTiesByIndexSoTierSizesMatchTheShares() {
        double[] clv = new double[20];

        Tier[] tiers = ValueTiers.assign(clv, 0.05, 0.15, 0.30);

        assertThat(tiers[0]).isEqualTo(Tier.PLATINUM);
        assertThat(tiers).filteredOn(t -> t == Tier.GOLD).hasSize(3);
        assertThat(tiers[3]).isEqualTo(Tier.GOLD);
        assertThat(tiers[4]).isEqualTo(Tier.SILVER);
        assertThat(tiers).filteredOn(t -> t == Tier.BRONZE).hasSize(10);
        assertThat(ValueTiers.topIndices(new double[] {1, 5, 5, 3}, 2)).containsExactly(1, 2);
    }

    @Test
    void computesUpliftCostAndRoiOfEachCell() {
        RetentionPlaybook playbook = new RetentionPlaybook(PlaybookSettings.defaults());
        String[] ids = {"a", "b", "c"};
        double[] clv = {1000, 400, 10};
        Segment[] segments = {Segment.AT_RISK, Segment.AT_RISK, Segment.LOST};
        Tier[] tiers = {Tier.PLATINUM, Tier.PLATINUM, Tier.BRONZE};

        PlaybookReport report = playbook.build(ids, clv, segments, tiers);

        PlaybookReport.Cell atRisk = report.cells().getFirst();
        assertThat(atRisk.action()).isEqualTo("Personal win-back");
        assertThat(atRisk.customers()).isEqualTo(2);
        assertThat(atRisk.expectedUplift()).isCloseTo(0.15 * 1400, within(1e-9));
        assertThat(atRisk.cost()).isEqualTo(50.0);
        assertThat(atRisk.roi()).isCloseTo((210 - 50) / 50.0, within(1e-9));
        // c: 2% of 10 = 0.2 < 0.5 cost, so it is not a target
        assertThat(report.targets()).extracting(PlaybookReport.Target::customerId).containsExactly("a", "b");
        assertThat(report.targets().getFirst().net()).isCloseTo(150 - 25, within(1e-9));
    }
}
