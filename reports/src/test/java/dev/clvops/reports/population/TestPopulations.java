package dev.clvops.reports.population;

import java.time.LocalDate;
import java.util.Arrays;

/** Small hand-made populations for unit tests. */
public final class TestPopulations {

    public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private TestPopulations() {
    }

    /** Customers c0..c(n-1) with the given R (days since last), F (orders) and M (spend); other columns derived. */
    public static Population rfm(double[] daysSinceLast, double[] orders, double[] spend) {
        int n = daysSinceLast.length;
        Population p = Population.allocate(n, AS_OF, null);
        for (int i = 0; i < n; i++) {
            p.ids()[i] = "c" + i;
            p.daysSinceLast()[i] = daysSinceLast[i];
            p.orderCount()[i] = orders[i];
            p.totalSpend()[i] = spend[i];
            p.avgOrderValue()[i] = spend[i] / Math.max(1, orders[i]);
            p.tenureDays()[i] = daysSinceLast[i] + 100;
            p.repeatSpanDays()[i] = orders[i] > 1 ? 100 : 0;
            p.iptMeanDays()[i] = orders[i] > 1 ? 100 / (orders[i] - 1) : Double.NaN;
            p.iptStdDays()[i] = Double.NaN;
            p.firstOrderDays()[i] = AS_OF.toEpochDay() - (long) p.tenureDays()[i];
        }
        return p;
    }

    /** The same population with predictions over {@code horizonDays}. */
    public static Population withPredictions(Population p, double[] clv, double[] expected, double[] alive,
                                             int horizonDays) {
        return new Population(p.ids(), p.daysSinceLast(), p.orderCount(), p.totalSpend(), p.avgOrderValue(),
                p.tenureDays(), p.repeatSpanDays(), p.iptMeanDays(), p.iptStdDays(), p.firstOrderDays(), p.channel(),
                p.asOf(), new Predictions(clv, expected, alive, horizonDays));
    }

    public static double[] filled(int n, double value) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }
}
