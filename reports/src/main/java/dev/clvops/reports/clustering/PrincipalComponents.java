package dev.clvops.reports.clustering;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.stat.projection.PCA;

/** Hipparchus PCA fitted on a sample; projects every customer onto the first three components for plots. */
final class PrincipalComponents {

    private final PCA pca;
    private final List<Double> explained;

    private PrincipalComponents(PCA pca, List<Double> explained) {
        this.pca = pca;
        this.explained = explained;
    }

    static PrincipalComponents fit(double[][] sample) {
        int d = sample[0].length;
        PCA pca = new PCA(Math.min(3, d), false, true).fit(sample);
        double total = totalVariance(sample);
        List<Double> explained = new ArrayList<>();
        for (double v : pca.getVariance()) {
            explained.add(total > 0 ? v / total : 0.0);
        }
        return new PrincipalComponents(pca, List.copyOf(explained));
    }

    /** Share of the total variance of each component, in falling order. */
    List<Double> explainedVariance() {
        return explained;
    }

    /** Rows of 3 coordinates (missing components are 0). */
    double[][] project(double[][] points) {
        double[][] projected = pca.transform(points);
        double[][] result = new double[points.length][3];
        for (int i = 0; i < points.length; i++) {
            System.arraycopy(projected[i], 0, result[i], 0, projected[i].length);
        }
        return result;
    }

    private static double totalVariance(double[][] sample) {
        int n = sample.length;
        double total = 0;
        for (int j = 0; j < sample[0].length; j++) {
            double sum = 0;
            double squares = 0;
            for (double[] row : sample) {
                sum += row[j];
                squares += row[j] * row[j];
            }
            total += (squares - sum * sum / n) / (n - 1);
        }
        return total;
    }
}
