package dev.clvops.reports.audiences;

import dev.clvops.platform.analytics.AudienceReport;
import dev.clvops.platform.analytics.AudienceReport.Audience;
import dev.clvops.platform.analytics.BudgetAllocation;
import dev.clvops.reports.playbook.Tier;
import dev.clvops.reports.playbook.ValueTiers;
import dev.clvops.reports.rfm.Segment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** High-CLV / Growth-Potential / Low-CLV audiences, budget split, CAC targets and lookalike seed. */
public final class Audiences {

    static final List<String> NAMES = List.of("High-CLV", "Growth-Potential", "Low-CLV");
    private final AudienceSettings settings;

    public Audiences(AudienceSettings settings) {
        this.settings = settings;
    }

    /** Audience index (0 High-CLV, 1 Growth-Potential, 2 Low-CLV) per customer. */
    public int[] assign(double[] clv, double[] pAlive, Segment[] segments, Tier[] tiers) {
        double median = median(clv);
        int[] audiences = new int[clv.length];
        for (int i = 0; i < clv.length; i++) {
            boolean early = segments[i] == Segment.NEW || segments[i] == Segment.PROMISING
                    || segments[i] == Segment.POTENTIAL_LOYALIST;
            boolean alive = Double.isNaN(pAlive[i]) || pAlive[i] >= settings.growthMinAlive();
            audiences[i] = tiers[i].isTop() ? 0 : alive && (clv[i] >= median || early) ? 1 : 2;
        }
        return audiences;
    }

    public AudienceReport report(String[] ids, double[] clv, int[] audiences) {
        long[] counts = new long[3];
        double[] sums = new double[3];
        for (int i = 0; i < clv.length; i++) {
            counts[audiences[i]]++;
            sums[audiences[i]] += clv[i];
        }
        List<Audience> list = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            double mean = counts[a] > 0 ? sums[a] / counts[a] : 0;
            list.add(new Audience(NAMES.get(a), counts[a], sums[a], mean, settings.cacShare() * mean,
                    settings.share(a)));
        }
        return new AudienceReport(list, lookalikeSeed(ids, clv), null);
    }

    List<String> lookalikeSeed(String[] ids, double[] clv) {
        int size = (int) Math.ceil(settings.lookalikeShare() * ids.length);
        return Arrays.stream(ValueTiers.topIndices(clv, size)).mapToObj(i -> ids[i]).toList();
    }

    /** Splits {@code total} by the audiences' shares, in cents, summing exactly to the total. */
    public static BudgetAllocation allocate(double total, List<Audience> audiences) {
        if (total < 0 || Double.isNaN(total)) {
            throw new IllegalArgumentException("budget must be >= 0: " + total);
        }
        BigDecimal cents = BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_UP);
        BigDecimal[] amounts = new BigDecimal[audiences.size()];
        BigDecimal allocated = BigDecimal.ZERO;
        for (int a = 0; a < amounts.length; a++) {
            amounts[a] = cents.multiply(BigDecimal.valueOf(audiences.get(a).budgetShare()))
                    .setScale(2, RoundingMode.DOWN);
            allocated = allocated.add(amounts[a]);
        }
        amounts[0] = amounts[0].add(cents.subtract(allocated));
        List<BudgetAllocation.Line> lines = new ArrayList<>();
        for (int a = 0; a < amounts.length; a++) {
            Audience audience = audiences.get(a);
            double amount = amounts[a].doubleValue();
            lines.add(new BudgetAllocation.Line(audience.name(), audience.budgetShare(), amount,
                    audience.customers(), audience.customers() > 0 ? amount / audience.customers() : 0,
                    audience.cacTarget()));
        }
        return new BudgetAllocation(cents.doubleValue(), lines);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}
