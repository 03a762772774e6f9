package dev.clvops.reports.clustering;

/** Business-value labels of clusters from their means (rule in the package documentation). */
final class ClusterNaming {

    static final double HIGH = 1.5;
    static final double MEDIUM = 0.75;

    private ClusterNaming() {
    }

    static String label(double clusterValue, double populationValue, double clusterDaysSinceLast,
                        double populationDaysSinceLast) {
        double index = populationValue > 0 ? clusterValue / populationValue : 1;
        if (index >= HIGH) {
            return "High value";
        }
        if (index >= MEDIUM) {
            return "Medium value";
        }
        return clusterDaysSinceLast < populationDaysSinceLast ? "Potential value" : "Low value";
    }
}
