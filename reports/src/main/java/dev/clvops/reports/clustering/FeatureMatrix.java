package dev.clvops.reports.clustering;

import dev.clvops.reports.population.Population;
import java.util.ArrayList;
import java.util.List;

/** The clustered features: log1p of R, F, M (and predicted CLV), each standardised to mean 0 and unit variance. */
final class FeatureMatrix {

    private FeatureMatrix() {
    }

    static List<String> names(Population p) {
        List<String> names = new ArrayList<>(List.of("log days since last", "log orders", "log spend"));
        if (p.hasPredictions()) {
            names.add("log predicted clv");
        }
        return names;
    }

    static double[][] standardised(Population p) {
        List<double[]> columns = new ArrayList<>(List.of(p.daysSinceLast(), p.orderCount(), p.totalSpend()));
        if (p.hasPredictions()) {
            columns.add(p.requirePredictions().clv());
        }
        int n = p.size();
        double[][] rows = new double[n][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            double[] column = columns.get(j);
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < n; i++) {
                double v = Math.log1p(Math.max(0, column[i]));
                rows[i][j] = v;
                sum += v;
                sumSquares += v * v;
            }
            double mean = sum / n;
            double sd = Math.sqrt(Math.max(0, sumSquares / n - mean * mean));
            double scale = sd > 1e-12 ? sd : 1; // a constant column stays 0 instead of dividing by zero
            for (int i = 0; i < n; i++) {
                rows[i][j] = (rows[i][j] - mean) / scale;
            }
        }
        return rows;
    }
}
