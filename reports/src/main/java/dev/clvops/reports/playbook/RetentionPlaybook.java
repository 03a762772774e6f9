package dev.clvops.reports.playbook;

import dev.clvops.platform.analytics.PlaybookReport;
import dev.clvops.platform.analytics.PlaybookReport.Cell;
import dev.clvops.platform.analytics.PlaybookReport.Target;
import dev.clvops.reports.rfm.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Tier x segment actions, their economics and the ranked target list (rules in the package documentation). */
public final class RetentionPlaybook {

    private final PlaybookSettings settings;

    public RetentionPlaybook(PlaybookSettings settings) {
        this.settings = settings;
    }

    public Tier[] tiers(double[] clv) {
        return ValueTiers.assign(clv, settings.platinumShare(), settings.goldShare(), settings.silverShare());
    }

    public PlaybookReport build(String[] ids, double[] clv, Segment[] segments, Tier[] tiers) {
        int segmentCount = Segment.values().length;
        double[][] sums = new double[Tier.values().length * segmentCount][3];
        long[] counts = new long[sums.length];
        Comparator<Target> byNet = Comparator.comparingDouble(Target::net).thenComparing(Target::customerId,
                Comparator.reverseOrder());
        PriorityQueue<Target> best = new PriorityQueue<>(byNet);
        for (int i = 0; i < ids.length; i++) {
            RetentionAction action = RetentionAction.of(tiers[i], segments[i]);
            double uplift = settings.responseRate().get(action) * clv[i];
            double cost = settings.costPerCustomer().get(action);
            int cell = tiers[i].ordinal() * segmentCount + segments[i].ordinal();
            counts[cell]++;
            sums[cell][0] += clv[i];
            sums[cell][1] += uplift;
            sums[cell][2] += cost;
            keep(best, new Target(ids[i], tiers[i].label(), segments[i].label(), action.label(), clv[i], uplift,
                    cost, uplift - cost), byNet);
        }
        List<Target> targets = new ArrayList<>(best);
        targets.sort(byNet.reversed());
        return new PlaybookReport(cells(counts, sums), targets, null);
    }

    private void keep(PriorityQueue<Target> best, Target target, Comparator<Target> byNet) {
        if (target.net() <= 0) {
            return;
        }
        if (best.size() < settings.topTargets()) {
            best.add(target);
        } else if (byNet.compare(target, best.peek()) > 0) {
            best.poll();
            best.add(target);
        }
    }

    private static List<Cell> cells(long[] counts, double[][] sums) {
        int segmentCount = Segment.values().length;
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                Tier tier = Tier.values()[c / segmentCount];
                Segment segment = Segment.values()[c % segmentCount];
                double cost = sums[c][2];
                cells.add(new Cell(tier.label(), segment.label(), RetentionAction.of(tier, segment).label(),
                        counts[c], sums[c][0], sums[c][1], cost, cost > 0 ? (sums[c][1] - cost) / cost : 0));
            }
        }
        return cells;
    }
}
