package dev.clvops.reports.clustering;

import dev.clvops.platform.analytics.ClusterReport.Cluster;
import dev.clvops.reports.population.Population;
import java.util.ArrayList;
import java.util.List;

/** Cluster means in original units and their business-value labels. */
final class ClusterSummaries {

    private ClusterSummaries() {
    }

    static List<Cluster> of(Population p, int[] labels, int k) {
        double[] clv = p.hasPredictions() ? p.requirePredictions().clv() : null;
        double[] value = clv != null ? clv : p.totalSpend();
        long[] count = new long[k];
        double[][] sums = new double[k][4];
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            count[c]++;
            sums[c][0] += p.daysSinceLast()[i];
            sums[c][1] += p.orderCount()[i];
            sums[c][2] += p.totalSpend()[i];
            sums[c][3] += value[i];
        }
        double populationValue = mean(value);
        double populationRecency = mean(p.daysSinceLast());
        List<Cluster> clusters = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            double n = Math.max(1, count[c]);
            String label = ClusterNaming.label(sums[c][3] / n, populationValue, sums[c][0] / n, populationRecency);
            clusters.add(new Cluster(c, label, count[c], (double) count[c] / labels.length, sums[c][0] / n,
                    sums[c][1] / n, sums[c][2] / n, clv != null ? sums[c][3] / n : null));
        }
        return clusters;
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }
}
